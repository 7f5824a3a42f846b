#include "FlowDriver.h"
#include "LatestCase.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <QSqlError>

#include <catch2/catch.hpp>

namespace {
struct AuditRow
{
    QString entity, action, field, oldValue, newValue;
    qint64 userId;
};

QList<AuditRow> auditOf(const QSqlDatabase& db, qint64 caseId)
{
    QList<AuditRow> rows;
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral("SELECT entity, action, field, old_value, new_value, user_id FROM audit_log "
                       "WHERE case_id = ? ORDER BY id"),
        {caseId});
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    return rows;
}

bool has(const QList<AuditRow>& rows, const QString& entity, const QString& field, const QString& oldValue,
         const QString& newValue)
{
    return std::any_of(rows.cbegin(), rows.cend(), [&](const AuditRow& r) {
        return r.entity == entity && r.field == field && r.oldValue == oldValue && r.newValue == newValue;
    });
}
} // namespace

TEST_CASE("Every creation and change of a case and its records is in the audit log with old and new values",
          "[audit]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    QList<AuditRow> rows = auditOf(t.connection(), id);
    CHECK(has(rows, QStringLiteral("cases"), QStringLiteral("number"), QString(),
              QStringLiteral("QI-2026-00001")));
    CHECK(has(rows, QStringLiteral("cases"), QStringLiteral("serial_no"), QString(), t.serialNo));
    CHECK(std::all_of(rows.cbegin(), rows.cend(), [&](const AuditRow& r) { return r.userId == t.sales.id; }));

    d.toRecorded(id);
    d.flow.analyse(t.quality, latest(d.flow, id), d.analysis());
    rows = auditOf(t.connection(), id);
    CHECK(has(rows, QStringLiteral("cases"), QStringLiteral("status"), QStringLiteral("logged"),
              QStringLiteral("sent")));
    CHECK(has(rows, QStringLiteral("cases"), QStringLiteral("status"), QStringLiteral("sent"),
              QStringLiteral("recorded")));
    CHECK(has(rows, QStringLiteral("case_units"), QStringLiteral("task"), QString(),
              QStringLiteral("Find the root cause")));

    // Quality changes the analysis before the sheet: grade B -> A, one unit dropped, one task changed.
    AnalysisData changed = d.analysis();
    changed.gradeId = t.gradeA;
    changed.units = {{t.rndUnit, QStringLiteral("Find the root cause and report in writing"), {}}};
    d.flow.analyse(t.quality, latest(d.flow, id), changed);
    rows = auditOf(t.connection(), id);
    CHECK(has(rows, QStringLiteral("cases"), QStringLiteral("grade_id"), QString::number(t.gradeB),
              QString::number(t.gradeA)));
    CHECK(has(rows, QStringLiteral("case_units"), QStringLiteral("task"),
              QStringLiteral("Find the root cause"),
              QStringLiteral("Find the root cause and report in writing")));
    CHECK(std::any_of(rows.cbegin(), rows.cend(), [](const AuditRow& r) {
        return r.action == QLatin1String("delete") && r.field == QLatin1String("task")
            && r.oldValue == QLatin1String("Check stock of the batch");
    }));
    CHECK(d.flow.load(id).units.size() == 1);
    // Times are logged readably.
    CHECK(std::any_of(rows.cbegin(), rows.cend(), [](const AuditRow& r) {
        return r.field == QLatin1String("sent_at") && r.newValue.endsWith(u'Z');
    }));
}

TEST_CASE("The database itself refuses to change or delete the audit log, and to delete a case", "[audit]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    const int before = Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    REQUIRE(before > 0);
    CHECK_THROWS_WITH(Sql::exec(t.connection(), QStringLiteral("UPDATE audit_log SET new_value = 'forged'")),
                      Catch::Contains("audit log cannot be changed"));
    CHECK_THROWS_WITH(Sql::exec(t.connection(), QStringLiteral("DELETE FROM audit_log")),
                      Catch::Contains("audit log cannot be changed"));
    CHECK_THROWS_WITH(Sql::exec(t.connection(), QStringLiteral("DELETE FROM cases WHERE id = ?"), {id}),
                      Catch::Contains("Cases cannot be deleted"));
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == before);
    CHECK(Sql::scalar(t.connection(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value = 'forged'"))
              .toInt()
          == 0);
}
