#include "setup/SetupWorkingTimePage.h"

#include "UserError.h"
#include "admin/SettingsService.h"
#include "common/DateTimeField.h"
#include "common/TimeZoneBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

SetupWorkingTimePage::SetupWorkingTimePage(const DeadlineRules& current, QWidget* parent)
    : QWizardPage(parent)
    , m_current(current)
{
    setObjectName(QStringLiteral("setupWorkingTimePage"));
    // The fields, then the note under them: a form row of a wrapped note made the page ask for
    // twice its height (QFormLayout's height for a width).
    auto* page = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    page->addLayout(form);
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    TimeZoneBox::fill(m_timeZone, current.zone);
    auto* daysBox = new QWidget(this);
    auto* daysRow = new QHBoxLayout(daysBox);
    daysRow->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(daysBox);
        box->setObjectName(QStringLiteral("workday%1").arg(day));
        box->setChecked(current.workdays.contains(day));
        daysRow->addWidget(box);
        m_days.append(box);
    }
    daysRow->addStretch(1);
    // Typed like every time of the window ("17:30", "5:30pm").
    m_workdayEnd = new DateTimeField(this);
    m_workdayEnd->setKind(DateTimeField::Kind::Time);
    m_workdayEnd->setTime(current.workdayEnd);
    m_workdayEnd->setObjectName(QStringLiteral("workdayEnd"));
    m_zoneCaption = m_errors.addRow(form, QStringLiteral("timeZone"), QString(), m_timeZone, true);
    m_daysCaption = m_errors.addRow(form, QStringLiteral("workdays"), QString(), daysBox, true);
    m_endCaption = m_errors.addRow(form, QStringLiteral("workdayEnd"), QString(), m_workdayEnd, true);
    m_holidays = new QVBoxLayout;
    m_holidaysNote = new QLabel(this);
    m_holidaysNote->setWordWrap(true);
    m_holidaysNote->setForegroundRole(QPalette::PlaceholderText);
    m_holidays->addWidget(m_holidaysNote);
    page->addLayout(m_holidays);
    page->addStretch(1);
    retranslate();
}

void SetupWorkingTimePage::retranslate()
{
    setTitle(tr("Working time"));
    setSubTitle(tr("The deadline clocks count in the company's time zone, on its working days; a case "
                   "logged after the end of the working day goes to Quality the next working day."));
    m_zoneCaption->setText(FieldErrors::requiredMark(tr("&Time zone")));
    m_daysCaption->setText(FieldErrors::requiredMark(tr("&Working days")));
    m_endCaption->setText(FieldErrors::requiredMark(tr("Working day &ends at")));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_workdayEnd->setAccessibleName(tr("Working day ends at"));
    for (int d = 0; d < m_days.size(); ++d)
        m_days.at(d)->setText(QLocale().dayName(d + 1, QLocale::ShortFormat));
    m_holidaysNote->setText(tr("Public holidays are kept in the working-day calendar; the other deadline "
                               "defaults are under Administration > Settings."));
}

void SetupWorkingTimePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

DeadlineRules SetupWorkingTimePage::rules() const
{
    DeadlineRules r = m_current;
    r.zone = QTimeZone(m_timeZone->currentText().trimmed().toUtf8());
    r.workdays.clear();
    for (int d = 0; d < m_days.size(); ++d)
        if (m_days.at(d)->isChecked())
            r.workdays.append(d + 1);
    r.workdayEnd = m_workdayEnd->time();
    return r;
}

bool SetupWorkingTimePage::validatePage()
{
    m_errors.clear();
    try {
        m_workdayEnd->checkedTime(); // a time that is no time is said under the field
    } catch (const UserError&) {
        return false;
    }
    try {
        CompanySettings company; // only the working time is checked here
        company.name = QStringLiteral("-");
        SettingsService::validate(company, rules());
    } catch (const UserError& error) {
        return !m_errors.show(error.fieldErrors());
    }
    return true;
}
