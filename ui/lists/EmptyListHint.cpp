#include "lists/EmptyListHint.h"

#include "lists/ListEditDialog.h"
#include "lists/ListQuery.h"
#include "lists/ListSpec.h"
#include "lists/ReferencePicker.h"
#include "main/Session.h"

EmptyListHint::EmptyListHint(Session& session, const ListSpec& target, ReferencePicker* picker, bool mayAdd,
                             QWidget* parent)
    : QLabel(parent)
    , m_session(session)
    , m_target(target)
    , m_picker(picker)
    , m_mayAdd(mayAdd)
{
    setObjectName(target.id + QStringLiteral("EmptyHint"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setForegroundRole(QPalette::PlaceholderText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setVisible(session.make<ListQuery>(target).pick(QString(), 1).isEmpty());
    connect(this, &QLabel::linkActivated, this, &EmptyListHint::addEntry);
    retranslate();
}

void EmptyListHint::retranslate()
{
    const QString title = m_target.titleText().toHtmlEscaped();
    setText(m_mayAdd ? tr("“%1” has no entries yet: they come first. <a href=\"add\">Add one…</a>").arg(title)
                     : tr("“%1” has no entries yet: an administrator adds them first.").arg(title));
}

void EmptyListHint::addEntry()
{
    ListEditDialog form(m_session, m_target, 0, 0, this);
    connect(&form, &ListEditDialog::saved, this, [this](qint64 id) {
        m_picker->setChosen(id);
        hide();
    });
    form.exec();
}
