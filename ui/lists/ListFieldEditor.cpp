#include "lists/ListFieldEditor.h"

#include "Clock.h"
#include "common/DateTimeField.h"
#include "i18n/Translations.h"
#include "lists/ListQuery.h"
#include "lists/ListReferences.h"
#include "lists/ListSpec.h"
#include "lists/ReferencePicker.h"
#include "main/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

ListFieldEditor::ListFieldEditor(const Session& session, const ListField& field, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_field(field)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Integer:
        m_widget = m_line = new QLineEdit(parent);
        if (field.kind == FieldKind::Text)
            m_line->setMaxLength(field.maxLength);
        connect(m_line, &QLineEdit::textChanged, this, &ListFieldEditor::changed);
        break;
    case FieldKind::LongText:
        m_widget = m_text = new QPlainTextEdit(parent);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * (field.maxLength > 1000 ? 4 : 3) + 12);
        connect(m_text, &QPlainTextEdit::textChanged, this, &ListFieldEditor::changed);
        break;
    case FieldKind::Bool:
        m_widget = m_check = new QCheckBox(parent);
        connect(m_check, &QCheckBox::toggled, this, &ListFieldEditor::changed);
        break;
    case FieldKind::Date:
        buildDate(parent);
        break;
    case FieldKind::Choice:
        m_widget = m_choice = new QComboBox(parent);
        if (!field.has(FieldFlag::Required))
            m_choice->addItem(QString(), QString());
        for (const QString& code : field.choices)
            m_choice->addItem(QString(), code);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &ListFieldEditor::changed);
        break;
    case FieldKind::Reference:
        m_widget = m_picker
            = new ReferencePicker(session.make<ListQuery>(ListSpecs::get(field.refList)), parent);
        connect(m_picker, &ReferencePicker::changed, this, &ListFieldEditor::changed);
        break;
    case FieldKind::Set:
        m_widget = m_set = new QListWidget(parent);
        m_set->setMaximumHeight(m_set->fontMetrics().lineSpacing() * 6 + 8);
        fillSet();
        connect(m_set, &QListWidget::itemChanged, this, &ListFieldEditor::changed);
        break;
    }
    m_widget->setObjectName(field.key);
    retranslate();
}

void ListFieldEditor::buildDate(QWidget* parent)
{
    // Typed or picked like every date of the window; an optional one may be left empty.
    m_widget = m_date = new DateTimeField(parent);
    m_date->setKind(DateTimeField::Kind::Date);
    m_date->setOptional(!m_field.has(FieldFlag::Required));
    if (m_field.has(FieldFlag::Required))
        m_date->setDate(m_session.clock().now().toLocalTime().date());
    connect(m_date, &DateTimeField::changed, this, &ListFieldEditor::changed);
}

void ListFieldEditor::setContext(const Clock& clock, const QTimeZone& zone)
{
    if (!m_date)
        return;
    const bool today
        = m_field.has(FieldFlag::Required) && m_date->date() == m_session.clock().now().toLocalTime().date();
    m_date->setContext(clock, zone);
    if (today)
        m_date->setDate(clock.now().toTimeZone(zone).date());
}

void ListFieldEditor::check()
{
    if (m_date && m_date->isEnabled())
        m_date->checkedDate();
}

void ListFieldEditor::fillSet()
{
    const ListSpec& target = ListSpecs::get(m_field.refList);
    ListQuery query = m_session.make<ListQuery>(target);
    query.setDisplayLanguage(Translations::current());
    for (const NamedItem& item : query.pick(QString(), 2000)) {
        auto* row = new QListWidgetItem(item.name, m_set);
        row->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        row->setCheckState(Qt::Unchecked);
        row->setData(Qt::UserRole,
                     m_field.refKey == QLatin1String("id") ? QVariant(item.id) : QVariant(item.code));
    }
}

void ListFieldEditor::retranslate()
{
    if (m_choice)
        for (int i = 0; i < m_choice->count(); ++i) {
            const int index = static_cast<int>(m_field.choices.indexOf(m_choice->itemData(i).toString()));
            m_choice->setItemText(
                i, index >= 0 ? ListSpecs::translated(m_field.choiceLabels.value(index)) : QString());
        }
}

QVariant ListFieldEditor::value() const
{
    switch (m_field.kind) {
    case FieldKind::Text:
    case FieldKind::Integer:
        return m_line->text();
    case FieldKind::LongText:
        return m_text->toPlainText();
    case FieldKind::Bool:
        return m_check->isChecked();
    case FieldKind::Date:
        return m_date->isEmpty() ? QVariant() : QVariant(m_date->date());
    case FieldKind::Choice:
        return m_choice->currentData().toString();
    case FieldKind::Reference:
        return m_picker->value();
    case FieldKind::Set: {
        QVariantList members;
        for (int i = 0; i < m_set->count(); ++i)
            if (m_set->item(i)->checkState() == Qt::Checked)
                members.append(m_set->item(i)->data(Qt::UserRole));
        return members;
    }
    }
    return {};
}

void ListFieldEditor::setValue(const QVariant& stored)
{
    switch (m_field.kind) {
    case FieldKind::Text:
    case FieldKind::Integer:
        m_line->setText(stored.isNull() ? QString() : stored.toString());
        break;
    case FieldKind::LongText:
        m_text->setPlainText(stored.toString());
        break;
    case FieldKind::Bool:
        m_check->setChecked(stored.toBool());
        break;
    case FieldKind::Date:
        if (stored.toDate().isValid())
            m_date->setDate(stored.toDate());
        else
            m_date->clear();
        break;
    case FieldKind::Choice:
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(stored.toString())));
        break;
    case FieldKind::Reference: {
        const ListReferences::Found found = stored.isNull() || !stored.isValid()
            ? ListReferences::Found()
            : m_session.make<ListReferences>().findStored(m_field, stored);
        m_picker->setChosen(found.id);
        break;
    }
    case FieldKind::Set: {
        const QVariantList members = stored.toList();
        for (const QVariant& m : members) {
            bool present = false;
            for (int i = 0; i < m_set->count() && !present; ++i)
                present = m_set->item(i)->data(Qt::UserRole) == m;
            if (!present) { // deactivated since it was ticked: still shown, still ticked
                ListQuery query = m_session.make<ListQuery>(ListSpecs::get(m_field.refList));
                query.setDisplayLanguage(Translations::current());
                auto* row = new QListWidgetItem(
                    query.display(m_session.make<ListReferences>().findStored(m_field, m).id), m_set);
                row->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
                row->setData(Qt::UserRole, m);
            }
        }
        for (int i = 0; i < m_set->count(); ++i)
            m_set->item(i)->setCheckState(
                members.contains(m_set->item(i)->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
        break;
    }
    }
}
