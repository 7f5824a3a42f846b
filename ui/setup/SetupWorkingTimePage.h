#pragma once

#include "common/FieldErrors.h"
#include "deadlines/DeadlineRules.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class DateTimeField;
class QVBoxLayout;

// First-start setup, page 2: the company's time zone, working days and the end of its working
// day, which every deadline clock counts with; checked by core's SettingsService.
class SetupWorkingTimePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupWorkingTimePage(const DeadlineRules& current, QWidget* parent = nullptr);

    DeadlineRules rules() const; // the current rules with this page's values
    QComboBox* timeZoneCombo() const { return m_timeZone; }
    QCheckBox* workdayBox(int isoDay) const { return m_days.at(isoDay - 1); } // 1 Monday ... 7 Sunday
    DateTimeField* workdayEndEdit() const { return m_workdayEnd; }
    // HOOK (working-day calendar, issue 11 item 2): the calendar's public-holidays editor goes
    // into this layout, under the working days; its holidays are saved with the setup's settings
    // or by the editor itself once the administrator exists (SetupWizard::setupDone).
    QVBoxLayout* holidaysArea() const { return m_holidays; }
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    bool validatePage() override;
    void showErrors(const QMap<QString, QString>& errors) { m_errors.show(errors); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    DeadlineRules m_current;
    FieldErrors m_errors;
    QComboBox* m_timeZone = nullptr;
    QList<QCheckBox*> m_days;
    DateTimeField* m_workdayEnd = nullptr;
    QLabel* m_zoneCaption = nullptr;
    QLabel* m_daysCaption = nullptr;
    QLabel* m_endCaption = nullptr;
    QLabel* m_holidaysNote = nullptr;
    QVBoxLayout* m_holidays = nullptr;
};
