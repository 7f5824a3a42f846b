#include "common/TimeZoneBox.h"

#include <QComboBox>
#include <QTimeZone>

namespace TimeZoneBox {
void fill(QComboBox* box, const QTimeZone& current)
{
    box->clear();
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        box->addItem(QString::fromUtf8(id));
    const QString zone = QString::fromUtf8(current.id());
    if (!zone.isEmpty() && box->findText(zone) < 0)
        box->insertItem(0, zone);
    box->setCurrentText(zone);
}
} // namespace TimeZoneBox
