#include "improvement/StepOwnerPicker.h"

#include "auth/UserService.h"
#include "main/Session.h"
#include "reference/ReferenceData.h"

namespace {
constexpr int PersonRole = Qt::UserRole + 1; // the user's id on a person's entry
} // namespace

StepOwnerPicker::StepOwnerPicker(Session& session, QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("stepOwner"));
    for (const NamedItem& unit : session.reference().units())
        addItem(unit.name, unit.id);
    insertSeparator(count());
    for (const User& u : session.make<UserService>().users())
        if (u.active) {
            addItem(tr("%1 (person)").arg(u.displayName));
            setItemData(count() - 1, u.id, PersonRole);
        }
}

void StepOwnerPicker::setOwner(qint64 unitId, qint64 userId)
{
    const int index = userId > 0 ? findData(userId, PersonRole) : findData(unitId, Qt::UserRole);
    setCurrentIndex(index);
}

qint64 StepOwnerPicker::unitId() const
{
    return currentIndex() >= 0 && userId() == 0 ? currentData(Qt::UserRole).toLongLong() : 0;
}

qint64 StepOwnerPicker::userId() const
{
    return currentIndex() >= 0 ? currentData(PersonRole).toLongLong() : 0;
}
