#pragma once

#include "calendar/CalendarService.h"

#include <QDialog>

class HolidayEditor;
class QLabel;
class Session;

// Administration > Working-day calendar: the company's public holidays and make-up working
// days (HolidayEditor) for administrators and the office. A change reloads the session's
// deadline rules and refreshes the lists, whose stored deadlines core has already moved.
class CalendarWindow : public QDialog
{
    Q_OBJECT
public:
    explicit CalendarWindow(Session& session, QWidget* parent = nullptr);
    ~CalendarWindow() override;

    HolidayEditor* editor() const { return m_editor; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    CalendarService m_calendar;
    QLabel* m_intro = nullptr;
    HolidayEditor* m_editor = nullptr;
};
