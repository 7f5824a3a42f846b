#include "common/FieldErrors.h"

#include "common/Palette.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

QString FieldErrors::requiredMark(const QString& label)
{
    return label + QStringLiteral(" *");
}

QLabel* FieldErrors::addRow(QFormLayout* form, const QString& key, const QString& label, QWidget* field,
                            bool required)
{
    auto* box = new QWidget(form->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* message = new QLabel(box);
    message->setObjectName(key + QStringLiteral("Error"));
    message->setWordWrap(true);
    message->setVisible(false);
    layout->addWidget(message);
    auto* caption = new QLabel(required ? requiredMark(label) : label, form->parentWidget());
    caption->setBuddy(field);
    form->addRow(caption, box);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(label);
    add(key, field, message);
    return caption;
}

void FieldErrors::add(const QString& key, QWidget* field, QLabel* message)
{
    if (!m_entries.contains(key))
        m_order.append(key);
    m_entries.insert(key, {field, message});
}

void FieldErrors::clear()
{
    for (const Entry& e : std::as_const(m_entries)) {
        if (e.message) {
            e.message->clear();
            e.message->setVisible(false);
        }
    }
}

bool FieldErrors::show(const QMap<QString, QString>& errors)
{
    clear();
    QWidget* first = nullptr;
    bool any = false;
    for (const QString& key : std::as_const(m_order)) {
        const Entry e = m_entries.value(key);
        if (!errors.contains(key) || !e.message)
            continue;
        any = true;
        e.message->setText(errors.value(key));
        e.message->setStyleSheet(
            QStringLiteral("color: %1;").arg(Palette::error(e.message->palette()).name()));
        e.message->setVisible(true);
        if (e.field && !first)
            first = e.field;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return any;
}

QString FieldErrors::message(const QString& key) const
{
    const Entry e = m_entries.value(key);
    return e.message && !e.message->isHidden() ? e.message->text() : QString();
}
