#pragma once

#include "backup/BackupSettings.h"
#include "deadlines/DeadlineRules.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// What the company's paper shows, as stored in the settings (see reports/CompanyProfile.h).
struct CompanySettings
{
    QString name;
    QString address; // lines separated by "\n"
    QString logo; // "data:image/png;base64,…", a file path, or "" for no logo
    // "company.form_code.feedback_sheet": the code of the controlled form (表单编号) printed on
    // every feedback sheet, as the company's quality system numbers its forms; "" prints none.
    QString feedbackSheetFormCode;
};

// The administrator's settings: the company on every printed page, and the deadline
// defaults of the flow. Anyone may read them; only an administrator may change them, and
// a wrong value is refused with the field it belongs to.
class FieldCheck;

class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
public:
    explicit SettingsService(QSqlDatabase db);

    CompanySettings company() const;
    DeadlineRules deadlines() const;
    // Saves both together, or nothing when a value is wrong (every wrong field named).
    void save(const User& actor, const CompanySettings& company, const DeadlineRules& rules) const;
    // The checks of save() alone, for a form that asks before anyone may save (the first-start setup).
    static void validate(const CompanySettings& company, const DeadlineRules& rules);
    // The daily backup's folder, how many to keep and when (backup.folder, backup.keep, backup.time).
    BackupSettings backups() const;
    // The same with the daily backup, all together or nothing.
    void save(const User& actor, const CompanySettings& company, const DeadlineRules& rules,
              const BackupSettings& backups) const;

    // Reads a logo from an image file into a data: URI, so it travels with the database
    // (a path on one PC means nothing on another). Large images are scaled to print size.
    static QString logoFromFile(const QString& path);

private:
    static void check(FieldCheck& check, const CompanySettings& company);
    static void check(FieldCheck& check, const DeadlineRules& rules);
    static void check(FieldCheck& check, const BackupSettings& backups);
    QSqlDatabase m_db;
};
