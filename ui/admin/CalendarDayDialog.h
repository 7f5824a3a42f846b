#pragma once

#include "calendar/CalendarService.h"
#include "common/FieldErrors.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CalendarDayDialog;
}

// One public holiday or make-up working day of the calendar, new or edited. A new holiday
// may cover several days at once (first and last day). Save hands the day to core, which
// checks it; a refusal is shown next to its field and the dialog stays open.
class CalendarDayDialog : public QDialog
{
    Q_OBJECT
public:
    // day.id 0: a new entry of day.kind starting on day.date; otherwise that stored day.
    CalendarDayDialog(CalendarService& calendar, const User& actor, const CalendarDay& day,
                      QWidget* parent = nullptr);
    ~CalendarDayDialog() override;

    bool save();
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    // What the saved change did (for the editor's message).
    const CalendarChange& change() const { return m_change; }
    QDate date() const; // the (first) day shown

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateNote();
    CalendarDay::Kind kind() const;

    std::unique_ptr<Ui::CalendarDayDialog> m_ui;
    CalendarService& m_calendar;
    User m_actor;
    qint64 m_id = 0;
    FieldErrors m_errors;
    CalendarChange m_change;
};
