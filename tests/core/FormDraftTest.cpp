// Issue 10: a form's draft belongs to one database and one user.
#include "drafts/FormDraft.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <catch2/catch.hpp>

TEST_CASE("A draft is kept per database and per user, and only offered there", "[drafts]")
{
    const QString form = FormDraft::caseForm(12, QStringLiteral("analysisDialog"));
    CHECK(form == QStringLiteral("case-12-analysisDialog"));
    const FormDraft mine(QStringLiteral("db-one"), QStringLiteral("li.wei"), form);
    mine.clear();
    CHECK_FALSE(mine.exists());
    const QDateTime at(QDate(2026, 3, 3), QTime(6, 2), Qt::UTC);
    REQUIRE(mine.save({{QStringLiteral("verification"), QStringLiteral("Confirmed by photos")}}, 4, at));
    const auto back = mine.load();
    REQUIRE(back.has_value());
    CHECK(back->fields.value(QStringLiteral("verification")).toString()
          == QStringLiteral("Confirmed by photos"));
    CHECK(back->caseVersion == 4);
    CHECK(back->savedAt == at);

    // The same form of the same case in another database, or for another person: nothing.
    CHECK_FALSE(FormDraft(QStringLiteral("db-two"), QStringLiteral("li.wei"), form).exists());
    CHECK_FALSE(FormDraft(QStringLiteral("db-one"), QStringLiteral("li_wei"), form).exists());
    CHECK_FALSE(FormDraft(QStringLiteral("db-one"), QStringLiteral("li.wei"),
                          FormDraft::caseForm(13, QStringLiteral("analysisDialog")))
                    .exists());
    // A database without an identity keeps no draft (it could be offered in any other).
    CHECK_FALSE(FormDraft(QString(), QStringLiteral("li.wei"), form).save({}, 1, at));

    // A file copied into another database's folder still names its own database: not offered.
    const FormDraft elsewhere(QStringLiteral("db-two"), QStringLiteral("li.wei"), form);
    QDir().mkpath(QFileInfo(elsewhere.path()).path());
    REQUIRE(QFile::copy(mine.path(), elsewhere.path()));
    CHECK_FALSE(elsewhere.exists());
    elsewhere.clear();

    mine.clear();
    CHECK_FALSE(mine.exists());
    CHECK_FALSE(QFile::exists(mine.path()));
}
