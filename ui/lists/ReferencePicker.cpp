#include "lists/ReferencePicker.h"

#include "i18n/Translations.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace {
constexpr int offered = 50;
}

ReferencePicker::ReferencePicker(ListQuery query, QWidget* parent)
    : QWidget(parent)
    , m_query(std::move(query))
{
    m_query.setDisplayLanguage(Translations::current());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_names = new QStringListModel(this);
    auto* completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_edit->setCompleter(completer);
    m_button = new QToolButton(this);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &ReferencePicker::refill);
    connect(m_edit, &QLineEdit::textChanged, this, &ReferencePicker::changed);
    connect(m_button, &QToolButton::clicked, this, &ReferencePicker::showAll);
    // Chosen from the list: shown at once, whether or not the line has the focus (the line edit
    // follows its completer only while it has it).
    connect(completer, qOverload<const QString&>(&QCompleter::activated), m_edit, &QLineEdit::setText);
}

void ReferencePicker::refill(const QString& text)
{
    QStringList names;
    for (const NamedItem& item : m_query.pick(text, offered, m_scope)) {
        names.append(item.name);
        m_ids.insert(item.name, item.id);
    }
    m_names->setStringList(names);
}

void ReferencePicker::showAll()
{
    refill(QString());
    QCompleter* c = m_edit->completer();
    c->setCompletionPrefix(QString());
    c->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    c->complete();
    c->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setFocus(Qt::OtherFocusReason);
}

QVariant ReferencePicker::value() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return qint64(0);
    if (const qint64 id = m_ids.value(text))
        return id;
    return text; // core looks it up by code or name, or says it knows none
}

qint64 ReferencePicker::chosenId() const
{
    return m_ids.value(m_edit->text().trimmed());
}

void ReferencePicker::setChosen(qint64 id)
{
    const QString display = id > 0 ? m_query.display(id) : QString();
    if (id > 0)
        m_ids.insert(display, id);
    m_edit->setText(display);
}

void ReferencePicker::setScope(qint64 parentId)
{
    m_scope = parentId;
}
