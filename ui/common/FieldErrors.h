#pragma once

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;
class UserError;

// Shows core's UserError::fieldErrors next to the fields of a form: each field registered
// under its key gets a small red line below it, and the first wrong field takes the focus.
class FieldErrors
{
public:
    // Adds "label: widget" to the form with room for a message below; required marks the label.
    QLabel* addRow(QFormLayout* form, const QString& key, const QString& label, QWidget* field,
                   bool required = false);
    // Registers a field placed elsewhere, with its own message label.
    void add(const QString& key, QWidget* field, QLabel* message);
    void clear();
    // Returns false when none of the errors belongs to a registered field.
    bool show(const QMap<QString, QString>& errors);
    QString message(const QString& key) const;
    static QString requiredMark(const QString& label);

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> message;
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};
