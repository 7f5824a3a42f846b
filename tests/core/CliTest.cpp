#include "TestPaths.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code;
    QString out, err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(testPath("QL_CLI_PATH"), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("The command line makes a sample database, lists cases newest first and checks the file", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    Run r = cli({QStringLiteral("sample"), QStringLiteral("--database"), db, QStringLiteral("--cases"),
                 QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Made 400 sample cases")));

    r = cli({QStringLiteral("sample"), QStringLiteral("--database"), db, QStringLiteral("--cases"),
             QStringLiteral("10")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already exists and is not empty")));

    r = cli({QStringLiteral("cases"), QStringLiteral("--database"), db, QStringLiteral("--limit"),
             QStringLiteral("5")});
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    QStringList numbers;
    for (const QString& line : lines)
        numbers.append(line.section(u'\t', 0, 0));
    QStringList sorted = numbers;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    CHECK(numbers == sorted); // newest first
    CHECK(lines.first().section(u'\t', 1, 1).size() > 0); // a status

    r = cli({QStringLiteral("cases"), QStringLiteral("--database"), db, QStringLiteral("--status"),
             QStringLiteral("closed"), QStringLiteral("--limit"), QStringLiteral("1000")});
    REQUIRE(r.code == 0);
    const QStringList closed = r.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(closed.size() > 50);
    CHECK(std::all_of(closed.cbegin(), closed.cend(),
                      [](const QString& l) { return l.section(u'\t', 1, 1) == QLatin1String("closed"); }));

    r = cli({QStringLiteral("check"), QStringLiteral("--database"), db});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(r.out.contains(QStringLiteral("cases: 400")));
}

TEST_CASE("The command line explains wrong usage with exit code 2", "[cli]")
{
    CHECK(cli({}).code == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli({QStringLiteral("cases")}).code == 2);
    const Run bad
        = cli({QStringLiteral("cases"), QStringLiteral("--database"), QStringLiteral("/nonexistent/x.sqlite"),
               QStringLiteral("--status"), QStringLiteral("nonsense")});
    CHECK(bad.code != 0);
    CHECK(cli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("qualityloop-cli ")));
    CHECK(cli({QStringLiteral("--help")}).code == 0);
}
