#pragma once

#include "calendar/CalendarService.h"

#include <QWidget>

class CalendarDayDialog;
class CalendarDaysModel;
class CalendarImportDialog;
class QLabel;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

// The company's public holidays and make-up working days, one year at a time, with add, edit,
// remove and import from a file. A widget of its own so that Administration > Working-day
// calendar and the first-start setup show the same thing. It talks to CalendarService only;
// someone who may not change the calendar (CalendarService::mayChange) sees it read-only.
//
// The dialogs open window-modal without blocking (QDialog::open) and are returned, so a caller
// or a test can fill them in; the editor reloads its year when one is saved.
class HolidayEditor : public QWidget
{
    Q_OBJECT
public:
    HolidayEditor(CalendarService& calendar, const User& actor, QWidget* parent = nullptr);
    ~HolidayEditor() override;

    int year() const;
    void setYear(int year);
    void reload();
    QTableView* table() const { return m_table; }
    // The line under the table: what the last change did, or why it was refused.
    QString message() const;
    // How the year stands: its days off and make-up days and the working days they leave.
    QString summary() const;

    CalendarDayDialog* addHoliday();
    CalendarDayDialog* addMakeUpDay();
    CalendarDayDialog* editCurrent(); // nullptr when no row is current
    QMessageBox* removeSelected(); // asks first; nullptr when nothing is selected
    CalendarImportDialog* importFile(const QString& path);

signals:
    // After every change saved through the editor (the window reloads its deadline rules).
    void calendarChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void askForFile();
    CalendarDayDialog* openDialog(const CalendarDay& day);
    void changed(const CalendarChange& change, const QDate& show);
    QList<qint64> selectedIds() const;

    CalendarService& m_calendar;
    User m_actor;
    CalendarDaysModel* m_model = nullptr;
    QLabel* m_yearLabel = nullptr;
    QToolButton* m_previous = nullptr;
    QSpinBox* m_year = nullptr;
    QToolButton* m_next = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_addHoliday = nullptr;
    QPushButton* m_addMakeUp = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_import = nullptr;
};
