#include "CliPrintout.h"

#include "CliRun.h"
#include "PdfText.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace CliPrintout {
QString file(const QStringList& what, const QString& database, const QString& fileName,
             const QString& language)
{
    const QDir printouts(testPath("QL_PRINTOUTS_DIR"));
    QDir().mkpath(printouts.path());
    const QString pdf = printouts.filePath(fileName);
    QStringList args = QStringList {QStringLiteral("print")} + what;
    args << QStringLiteral("--database") << database << QStringLiteral("--output") << pdf;
    if (!language.isEmpty())
        args << QStringLiteral("--language") << language;
    REQUIRE(runCli(args).code == 0);
    return pdf;
}

QString text(const QString& kind, const QString& number, const QString& database, const QString& fileName,
             const QString& language)
{
    return PdfText::text(file({kind, number}, database, fileName, language));
}

void refuses(const QStringList& what, const QString& database, const QString& named)
{
    QTemporaryDir dir;
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const CliRun r
        = runCli(QStringList {QStringLiteral("print")} + what
                 + QStringList {QStringLiteral("--database"), database, QStringLiteral("--output"), none});
    CHECK(r.code == 1);
    CHECK(r.err.contains(named));
    CHECK_FALSE(QFile::exists(none));
}

void refusesUnknown(const QString& kind, const QString& number, const QString& database)
{
    refuses({kind, number}, database, number);
}
} // namespace CliPrintout
