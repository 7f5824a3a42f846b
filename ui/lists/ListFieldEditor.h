#pragma once

#include "lists/ListField.h"

#include <QObject>
#include <QVariant>

class QCheckBox;
class QComboBox;
class Clock;
class DateTimeField;
class QTimeZone;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class ReferencePicker;
class Session;

// The widget of one field on a list's edit form, by the field's kind: a line, a text box, a
// check box, a date, a choice, a picker of another list's entry, or the entries of a set to
// tick. Reads and shows the values as ListService loads and takes them; checking is core's.
class ListFieldEditor : public QObject
{
    Q_OBJECT
public:
    ListFieldEditor(const Session& session, const ListField& field, QWidget* parent);

    const ListField& field() const { return m_field; }
    QWidget* widget() const { return m_widget; }
    QVariant value() const;
    void setValue(const QVariant& stored);
    ReferencePicker* picker() const { return m_picker; }
    DateTimeField* dateField() const { return m_date; }
    // Where a date field's "today" counts from and the zone it shows.
    void setContext(const Clock& clock, const QTimeZone& zone);
    // Throws UserError, said next to the field, when what is typed is no date.
    void check();
    void retranslate();

signals:
    void changed();

private:
    void buildDate(QWidget* parent);
    void fillSet();

    const Session& m_session;
    ListField m_field;
    QWidget* m_widget = nullptr;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_check = nullptr;
    DateTimeField* m_date = nullptr;
    QComboBox* m_choice = nullptr;
    ReferencePicker* m_picker = nullptr;
    QListWidget* m_set = nullptr;
};
