#include "db/DatabaseCheck.h"

#include "db/Migrator.h"
#include "db/Sql.h"

DatabaseReport DatabaseCheck::run(const QSqlDatabase& db)
{
    DatabaseReport report;
    report.schemaVersion = Migrator::currentVersion(db);
    report.latestVersion = Migrator::latestVersion();
    // A server checks its own pages as it reads them (and pg_amcheck does so in full): only a
    // file is checked here.
    if (!Sql::isServer(db)) {
        QSqlQuery check = Sql::exec(db, QStringLiteral("PRAGMA quick_check"));
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != QLatin1String("ok"))
                report.integrityProblems.append(line);
        }
    }
    const QStringList tables {QStringLiteral("cases"),
                              QStringLiteral("case_units"),
                              QStringLiteral("feedback_sheets"),
                              QStringLiteral("plans"),
                              QStringLiteral("service_records"),
                              QStringLiteral("visits"),
                              QStringLiteral("follow_ups"),
                              QStringLiteral("audit_log"),
                              QStringLiteral("customers"),
                              QStringLiteral("serials"),
                              QStringLiteral("users")};
    for (const QString& table : tables)
        report.counts.append(
            {table, Sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong()});
    return report;
}
