// The server's migrations (issue 16): one numbered text per migration, translated from SQLite's
// unless the SQL must differ; no server needed. The core suite on the server (QL_TEST_BACKEND=pg)
// and tests/pg run what these texts make.
#include "db/ServerSchema.h"

#include "db/Migrator.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {
QString withoutComments(QString sql)
{
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    return sql.remove(comment);
}

// What a server runs, compared: no comments, each run of white space one space.
QString statements(const QString& sql)
{
    return withoutComments(sql).simplified();
}

QString withoutStrings(QString sql)
{
    static const QRegularExpression literal(QStringLiteral("'(?:[^']|'')*'"));
    return sql.replace(literal, QStringLiteral("''"));
}

QString serverText(const Migrator::Migration& migration)
{
    return withoutComments(QString::fromUtf8(ServerSchema::script(migration)));
}
} // namespace

TEST_CASE("The server's text of every migration holds no form only SQLite knows", "[migrations]")
{
    // Each a form SQLite accepts and a server refuses or reads otherwise. A new migration writes
    // what both engines accept (INSERT ... ON CONFLICT), or ServerSchema::translate learns the form,
    // or the migration gets a server file of its own.
    const QStringList sqliteOnly = {QStringLiteral("RAISE(ABORT"),
                                    QStringLiteral("INSERT OR IGNORE"),
                                    QStringLiteral("INSERT OR REPLACE"),
                                    QStringLiteral("UPDATE OR IGNORE"),
                                    QStringLiteral("UPDATE OR REPLACE"),
                                    QStringLiteral("REPLACE INTO"),
                                    QStringLiteral("WITHOUT ROWID"),
                                    QStringLiteral("GLOB"),
                                    QStringLiteral("strftime("),
                                    QStringLiteral("randomblob("),
                                    QStringLiteral("printf("),
                                    QStringLiteral("date('now')"),
                                    QStringLiteral("datetime("),
                                    QStringLiteral("julianday("),
                                    QStringLiteral("unixepoch("),
                                    QStringLiteral("group_concat("),
                                    QStringLiteral("ifnull("),
                                    QStringLiteral("fts5"),
                                    QStringLiteral("PRAGMA"),
                                    QStringLiteral("sqlite_"),
                                    QStringLiteral("AUTOINCREMENT"),
                                    QStringLiteral("VIRTUAL TABLE"),
                                    QStringLiteral("temp.")};
    // SQLite's null-safe comparisons: a server reads "a IS b" only as IS [NOT] NULL / TRUE / FALSE /
    // DISTINCT FROM.
    const QRegularExpression nullSafe(
        QStringLiteral("\\bIS (?:NOT )?(?!NOT\\b|NULL\\b|DISTINCT\\b|TRUE\\b|FALSE\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // A server's trigger runs a function; SQLite's has a body of statements (BEGIN ... END).
    const QRegularExpression trigger(QStringLiteral("CREATE TRIGGER[^;]*;"));
    const QList<Migrator::Migration> all = Migrator::migrations();
    REQUIRE(all.size() >= 20);
    for (const Migrator::Migration& migration : all) {
        INFO(migration.resource.toStdString());
        const QString text = serverText(migration);
        for (const QString& form : sqliteOnly) {
            INFO(form.toStdString());
            CHECK_FALSE(text.contains(form));
        }
        QRegularExpressionMatchIterator triggers = trigger.globalMatch(withoutStrings(text));
        while (triggers.hasNext()) {
            const QString statement = triggers.next().captured();
            INFO(statement.toStdString());
            CHECK(statement.contains(QLatin1String("EXECUTE FUNCTION")));
        }
        const QRegularExpressionMatch m = nullSafe.match(withoutStrings(text));
        INFO(m.captured().toStdString() + " at " + std::to_string(m.capturedStart()));
        CHECK_FALSE(m.hasMatch());
    }
}

TEST_CASE("A migration has a server file of its own only where the SQL must differ", "[migrations]")
{
    for (const Migrator::Migration& migration : Migrator::migrations()) {
        const QString file = ServerSchema::ownFile(migration.version);
        if (file.isEmpty())
            continue;
        INFO(file.toStdString());
        const QString translated
            = ServerSchema::translate(QString::fromUtf8(Migrator::read(migration.resource)));
        const QString kept = QString::fromUtf8(Migrator::read(file));
        // A copy the translation makes again drifts the day one side alone is edited.
        CHECK(statements(ServerSchema::translate(kept)) != statements(translated));
        // Its first line says why it must differ.
        CHECK(kept.startsWith(QLatin1String("-- ")));
    }
}

TEST_CASE("A refusal trigger is said the server's way, its null-safe comparisons too", "[migrations]")
{
    const QString sqlite = QStringLiteral(
        "CREATE TRIGGER files_only_withdrawn BEFORE UPDATE ON files\n"
        "WHEN OLD.withdrawn_at IS NOT NULL OR NEW.name IS NOT OLD.name OR NEW.size IS OLD.size\n"
        "BEGIN\n"
        "    SELECT RAISE(ABORT, 'A file can''t be changed');\n"
        "END;\n"
        "CREATE TRIGGER files_no_delete BEFORE DELETE ON files\n"
        "BEGIN\n"
        "    SELECT RAISE(ABORT, 'Files cannot be deleted');\n"
        "END;\n"
        "INSERT INTO settings(key, value) VALUES ('made', CAST(strftime('%s', 'now') AS INTEGER)), "
        "('day', date('now')) ON CONFLICT DO NOTHING;\n");
    CHECK(
        ServerSchema::translate(sqlite)
        == QStringLiteral(
            "CREATE TRIGGER files_only_withdrawn BEFORE UPDATE ON files FOR EACH ROW WHEN (OLD.withdrawn_at "
            "IS NOT NULL OR NEW.name IS DISTINCT FROM OLD.name OR NEW.size IS NOT DISTINCT FROM OLD.size) "
            "EXECUTE FUNCTION ql_refuse('A file can''t be changed');\n"
            "CREATE TRIGGER files_no_delete BEFORE DELETE ON files FOR EACH ROW "
            "EXECUTE FUNCTION ql_refuse('Files cannot be deleted');\n"
            "INSERT INTO settings(key, value) VALUES ('made', CAST(extract(epoch FROM now()) AS BIGINT)), "
            "('day', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')) ON CONFLICT DO NOTHING;\n"));
}
