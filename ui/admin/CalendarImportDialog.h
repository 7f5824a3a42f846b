#pragma once

#include "calendar/CalendarImport.h"
#include "calendar/CalendarService.h"

#include <QDialog>

class CalendarDaysModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// The days of a holiday file before they are imported: what the file holds, and every bad line
// of it. Import stores them all (CalendarService::importDays); a file with a bad line imports
// nothing until it is corrected.
class CalendarImportDialog : public QDialog
{
    Q_OBJECT
public:
    CalendarImportDialog(CalendarService& calendar, const User& actor, const QString& path,
                         QWidget* parent = nullptr);

    bool import();
    bool canImport() const;
    QString problems() const;
    QString summary() const;
    const CalendarChange& change() const { return m_change; }

private:
    CalendarService& m_calendar;
    User m_actor;
    CalendarFile m_file;
    CalendarChange m_change;
    CalendarDaysModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_import = nullptr;
};
