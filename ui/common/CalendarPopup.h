#pragma once

#include <QDate>
#include <QFrame>

class QCalendarWidget;

// The month calendar a date field opens below itself: arrows move the day, Enter or a click
// picks it, Esc closes it and gives the focus back to the field.
class CalendarPopup : public QFrame
{
    Q_OBJECT
public:
    explicit CalendarPopup(QWidget* field);

    // Opens below the field on the day given (today when none).
    void open(const QDate& day, const QDate& today);
    QCalendarWidget* calendar() const { return m_calendar; }

signals:
    void picked(const QDate& day);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_field;
    QCalendarWidget* m_calendar = nullptr;
};
