// The refusal triggers of the migrations (a server's are translated from SQLite's by
// ServerSchema): each refuses on either database, with its own message. Run on the server by the
// core suite's second run (QL_TEST_BACKEND=pg).
#include "FlowDriver.h"
#include "TestDatabase.h"
#include "db/Sql.h"

#include <catch2/catch.hpp>

TEST_CASE("Users, numbered records and stored files cannot be deleted, and a stored file not changed",
          "[migrations][audit]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 caseId = d.log();
    const QSqlDatabase db = t.connection();
    Sql::exec(db,
              QStringLiteral("INSERT INTO tracings(number, case_id, reason, opened_at, opened_by) "
                             "VALUES ('8D-T1', ?, 'major', 1700000000, ?)"),
              {caseId, t.quality.id});
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO corrective_actions(number, source, case_id, kind, what, owner_unit_id, "
                       "due_on, status, raised_at, raised_by) VALUES ('RN-T1', 'case', ?, 'technical', "
                       "'Torque the bonnet bolts', ?, 1700000000, 'open', 1700000000, ?)"),
        {caseId, t.rndUnit, t.quality.id});
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO treatment_groups(number, problem, lead_user_id, opened_at, opened_by) "
                       "VALUES ('STG-T1', 'Bonnet leaks', ?, 1700000000, ?)"),
        {t.quality.id, t.quality.id});
    Sql::exec(db, QStringLiteral("INSERT INTO attachment_contents(sha256, size, data) VALUES (?, 3, ?)"),
              {QString(64, u'a'), QByteArray("abc")});

    CHECK_THROWS_WITH(Sql::exec(db, QStringLiteral("DELETE FROM users WHERE id = ?"), {t.sales.id}),
                      Catch::Contains("Users cannot be deleted: deactivate them"));
    CHECK_THROWS_WITH(Sql::exec(db, QStringLiteral("DELETE FROM tracings")),
                      Catch::Contains("Tracings cannot be deleted"));
    CHECK_THROWS_WITH(Sql::exec(db, QStringLiteral("DELETE FROM corrective_actions")),
                      Catch::Contains("Corrective actions cannot be deleted"));
    CHECK_THROWS_WITH(Sql::exec(db, QStringLiteral("DELETE FROM treatment_groups")),
                      Catch::Contains("Special treatment groups cannot be deleted"));
    CHECK_THROWS_WITH(Sql::exec(db, QStringLiteral("UPDATE attachment_contents SET size = 4")),
                      Catch::Contains("A stored file cannot be changed"));
    CHECK_THROWS_WITH(Sql::exec(db, QStringLiteral("DELETE FROM attachment_contents")),
                      Catch::Contains("A stored file cannot be deleted"));
    // Nothing went.
    CHECK(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {t.sales.id}).toInt()
          == 1);
    CHECK(Sql::scalar(db,
                      QStringLiteral("SELECT (SELECT count(*) FROM tracings) + (SELECT count(*) FROM "
                                     "corrective_actions) + (SELECT count(*) FROM treatment_groups)"))
              .toInt()
          == 3);
    CHECK(Sql::scalar(db, QStringLiteral("SELECT size FROM attachment_contents")).toInt() == 3);
}
