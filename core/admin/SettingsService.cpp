#include "admin/SettingsService.h"

#include "UserError.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "deadlines/StoredDeadlines.h"
#include "reports/CompanyProfile.h"
#include "workflow/FieldCheck.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace {
constexpr int maxLogoSide = 800; // pixels: 68 mm at 300 dpi, more than a letterhead needs

void store(const QSqlDatabase& db, const QString& key, const QString& value)
{
    Sql::exec(db,
              QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {key, value});
}
} // namespace

SettingsService::SettingsService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CompanySettings SettingsService::company() const
{
    CompanySettings s;
    QSqlQuery q = Sql::exec(m_db,
                            QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                           "('company.name', 'company.address', 'company.logo', "
                                           "'company.form_code.feedback_sheet')"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("company.name"))
            s.name = q.value(1).toString();
        else if (key == QLatin1String("company.address"))
            s.address = q.value(1).toString();
        else if (key == QLatin1String("company.form_code.feedback_sheet"))
            s.feedbackSheetFormCode = q.value(1).toString();
        else
            s.logo = q.value(1).toString();
    }
    return s;
}

DeadlineRules SettingsService::deadlines() const
{
    return DeadlineRules::load(m_db);
}

void SettingsService::check(FieldCheck& check, const CompanySettings& company)
{
    check.require(!company.name.trimmed().isEmpty(), QStringLiteral("companyName"),
                  tr("Enter the company's name: it heads every printed page."));
    check.require(company.logo.isEmpty() || !CompanyProfile::decodeLogo(company.logo).isNull(),
                  QStringLiteral("companyLogo"),
                  tr("The logo cannot be read as an image. Choose another file."));
    const QString formCode = company.feedbackSheetFormCode.trimmed();
    check.require(formCode.size() <= 40 && !formCode.contains(u'\n'), QStringLiteral("formCode"),
                  tr("A form code is one short line, such as QR-8.2-01."));
}

void SettingsService::check(FieldCheck& check, const DeadlineRules& rules)
{
    check.require(rules.disposalHours >= 1 && rules.disposalHours <= 720, QStringLiteral("disposalHours"),
                  tr("The disposal suggestion is due within 1 to 720 hours."));
    check.require(rules.workdayEnd.isValid(), QStringLiteral("workdayEnd"),
                  tr("Enter when the working day ends."));
    check.require(!rules.workdays.isEmpty(), QStringLiteral("workdays"),
                  tr("Tick at least one working day."));
    check.require(rules.firstVisitDays >= 1 && rules.firstVisitDays <= 60, QStringLiteral("firstVisitDays"),
                  tr("The first return visit is due 1 to 60 days after the service."));
    check.require(rules.secondVisitDays > rules.firstVisitDays && rules.secondVisitDays <= 365,
                  QStringLiteral("secondVisitDays"),
                  tr("The second return visit comes after the first, within a year."));
    check.require(rules.followUpDays >= 1 && rules.followUpDays <= 365, QStringLiteral("followUpDays"),
                  tr("A follow-up is due 1 to 365 days after it is opened."));
    check.require(rules.zone.isValid(), QStringLiteral("timeZone"), tr("Choose the company's time zone."));
}

BackupSettings SettingsService::backups() const
{
    BackupSettings b;
    QSqlQuery q = Sql::exec(m_db,
                            QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                           "('backup.folder', 'backup.keep', 'backup.time')"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("backup.folder"))
            b.folder = q.value(1).toString();
        else if (key == QLatin1String("backup.keep"))
            b.keep = q.value(1).toInt();
        else
            b.at = QTime::fromString(q.value(1).toString(), QStringLiteral("HH:mm"));
    }
    return b;
}

void SettingsService::check(FieldCheck& check, const BackupSettings& backups)
{
    const QFileInfo folder(backups.folder);
    const bool folderOk = backups.folder.isEmpty()
        || (folder.isAbsolute() && (folder.exists() ? folder.isDir() && folder.isWritable() : true));
    check.require(folderOk, QStringLiteral("backupFolder"),
                  tr("Choose a folder QualityLoop may write in for the daily backup, or leave it empty for "
                     "no daily backup."));
    check.require(backups.keep >= 1 && backups.keep <= 365, QStringLiteral("backupKeep"),
                  tr("Keep 1 to 365 daily backups."));
}

void SettingsService::save(const User& actor, const CompanySettings& company,
                           const DeadlineRules& rules) const
{
    save(actor, company, rules, backups());
}

void SettingsService::save(const User& actor, const CompanySettings& company, const DeadlineRules& rules,
                           const BackupSettings& backups) const
{
    if (actor.role != Role::Administrator)
        throw UserError(tr("Only an administrator can change the settings."));
    FieldCheck fields;
    check(fields, company);
    check(fields, rules);
    check(fields, backups);
    fields.throwIfAny();
    Transaction t(m_db);
    store(m_db, QStringLiteral("company.name"), company.name.trimmed());
    store(m_db, QStringLiteral("company.address"), company.address.trimmed());
    store(m_db, QStringLiteral("company.logo"), company.logo);
    store(m_db, QStringLiteral("company.form_code.feedback_sheet"), company.feedbackSheetFormCode.trimmed());
    rules.save(m_db);
    store(m_db, QStringLiteral("backup.folder"), QDir::cleanPath(backups.folder));
    store(m_db, QStringLiteral("backup.keep"), QString::number(backups.keep));
    store(m_db, QStringLiteral("backup.time"),
          backups.at.isValid() ? backups.at.toString(QStringLiteral("HH:mm")) : QString());
    // The working week, the end of the working day and the time zone move the working-day clocks.
    StoredDeadlines(m_db).refreshWorkingDayClocks(DeadlineCalculator(DeadlineRules::load(m_db)));
    t.commit();
}

void SettingsService::validate(const CompanySettings& company, const DeadlineRules& rules)
{
    FieldCheck fields;
    check(fields, company);
    check(fields, rules);
    fields.throwIfAny();
}

QString SettingsService::logoFromFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        throw UserError(tr("%1 is not an image QualityLoop can read (use PNG or JPEG): %2")
                            .arg(QFileInfo(path).fileName(), reader.errorString()));
    if (image.width() > maxLogoSide || image.height() > maxLogoSide)
        image = image.scaled(maxLogoSide, maxLogoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}
