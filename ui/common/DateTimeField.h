#pragma once

#include "Clock.h"
#include "dates/DateInput.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class CalendarPopup;
class QLabel;
class QLineEdit;
class QToolButton;

// The one field for a date, a date and time, or a time of day, in every form of the window.
// The clerk types what core's DateInput understands ("3/12 14:00", "tomorrow 9:00", "+3d",
// "周五") or picks a day from the calendar (the button, Alt+Down or F4); Tab leaves the field in
// one step. While typing, the day understood is shown below the field in words; an impossible
// date is refused there in red, and the field keeps what was typed. The value is whole minutes,
// shown and typed in the company's time zone (setContext), read back in UTC.
class DateTimeField : public QWidget
{
    Q_OBJECT
public:
    using Kind = DateInput::Kind;

    explicit DateTimeField(QWidget* parent = nullptr); // a date and time, until setKind
    DateTimeField(Kind kind, const Clock& clock, const QTimeZone& zone, QWidget* parent = nullptr);
    ~DateTimeField() override;

    // Where "now", "today" and "+3d" count from, and the zone the field shows and reads.
    void setContext(const Clock& clock, const QTimeZone& zone);
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // An optional field may be left empty; a required one says "Enter a date."
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }

    // The value, or invalid when the field is empty or what is typed is not a date.
    QDateTime dateTime() const; // UTC
    QDate date() const; // the company's local day
    QTime time() const; // the company's local time
    void setDateTime(const QDateTime& at);
    void setDate(const QDate& date);
    void setTime(const QTime& time);
    void clear();

    bool isEmpty() const;
    // Understood, or empty where that is allowed.
    bool isAcceptable() const { return m_result.ok; }
    // Why not, in a clerk's words; empty when acceptable.
    QString problem() const { return m_result.error; }
    // The value for a form's submit: when the text is not acceptable, the message is shown next
    // to the field, the field takes the focus, and a UserError saying so is thrown.
    QDateTime checkedDateTime();
    QDate checkedDate();
    QTime checkedTime();

    QString text() const;
    void setText(const QString& text); // as if typed
    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    // The line below the field: the day understood, or what is wrong.
    QLabel* messageLabel() const { return m_message; }
    // The calendar popup (null until it was first opened).
    CalendarPopup* popup() const { return m_popup; }
    void showCalendar();

signals:
    // The text changed (typed, picked or set): for drafts and undo.
    void changed();
    // The value changed (another day or time, empty, or not understood any more).
    void valueChanged();
    void editingFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fitKind();
    DateInput input() const;
    void build();
    void retranslate();
    void reparse();
    void finishEditing();
    void showMessage(bool asError);
    void pick(const QDate& day);
    QString formatted() const;
    void check();

    Kind m_kind = Kind::DateTime;
    const Clock* m_clock = nullptr;
    QTimeZone m_zone;
    bool m_optional = false;
    bool m_errorsShown = false;
    DateInput::Result m_result;
    QTime m_lastTime; // the time of the last value: a day typed without a time keeps it
    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
    QLabel* m_message = nullptr;
    CalendarPopup* m_popup = nullptr;
};
