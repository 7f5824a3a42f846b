// qualityloop-cli's usage text as a new administrator reads it: --help on stdout (to page through
// it, `| less`), the commands under what they are for (setting up as the server database's
// owner, reading, printing, adding as a QualityLoop user, a file only), the server login's
// password told apart from a QualityLoop user's; `COMMAND --help` shows that command alone; a
// wrong use shows the problem and the lines of that command, not the whole text. Before, --help
// went to stderr, `upgrade --help` was refused as an unknown option with the whole text (exit 2),
// and a mistyped option buried its one-line reason above 60 lines of every command.
#include "CliRun.h"

#include <catch2/catch.hpp>

TEST_CASE("qualityloop-cli --help groups the commands by purpose and says whose password is whose", "[cli]")
{
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.err.isEmpty());
    const QString& text = help.out;
    const QStringList inOrder {
        QStringLiteral("(on a server: as the database's owner):\n  init --database DB"),
        QStringLiteral("Reading:\n  cases"), QStringLiteral("Printing to PDF:\n  print DOCUMENT"),
        QStringLiteral("Adding, as a QualityLoop user"), QStringLiteral("A database file only:\n  backup")};
    qsizetype at = 0;
    for (const QString& part : inOrder) {
        INFO(part.toStdString());
        const qsizetype found = text.indexOf(part);
        CHECK(found > at);
        at = std::max(at, found);
    }
    CHECK(text.contains(QStringLiteral("USER is a login of the\n    server, not a QualityLoop user: its "
                                       "password comes from PGPASSWORD or ~/.pgpass")));
    CHECK(text.contains(QStringLiteral("of an older or newer version")));
}

TEST_CASE("qualityloop-cli COMMAND --help shows that command, a wrong use its reason and that command",
          "[cli]")
{
    const CliRun upgrade = runCli({QStringLiteral("upgrade"), QStringLiteral("--help")});
    CHECK(upgrade.code == 0);
    CHECK(upgrade.out.contains(QStringLiteral("  upgrade --database DB")));
    CHECK(upgrade.out.contains(
        QStringLiteral("--database DB: a database file, or a database on a PostgreSQL")));
    CHECK_FALSE(upgrade.out.contains(QStringLiteral("  cases")));

    const CliRun print = runCli({QStringLiteral("print"), QStringLiteral("--help")});
    CHECK(print.code == 0);
    CHECK(print.out.contains(QStringLiteral("  print round ROUND-NUMBER")));
    CHECK(print.out.contains(QStringLiteral("  print 8d CASE-NUMBER")));
    CHECK_FALSE(print.out.contains(QStringLiteral("  upgrade")));

    const CliRun wrong = runCli({QStringLiteral("cases"), QStringLiteral("--databse"), QStringLiteral("x")});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.startsWith(QStringLiteral("Unknown option 'databse'.")));
    CHECK(wrong.err.contains(QStringLiteral("  cases  --database DB")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("  upgrade")));
    CHECK(wrong.err.contains(QStringLiteral("qualityloop-cli --help lists every command")));
}
