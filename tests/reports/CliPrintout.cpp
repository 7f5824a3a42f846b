#include "CliPrintout.h"

#include "CliRun.h"
#include "PdfText.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace CliPrintout {
QString text(const QString& kind, const QString& number, const QString& database, const QString& fileName,
             const QString& language)
{
    const QDir printouts(testPath("QL_PRINTOUTS_DIR"));
    QDir().mkpath(printouts.path());
    const QString pdf = printouts.filePath(fileName);
    QStringList args {QStringLiteral("print"),    kind, number, QStringLiteral("--database"), database,
                      QStringLiteral("--output"), pdf};
    if (!language.isEmpty())
        args << QStringLiteral("--language") << language;
    REQUIRE(runCli(args).code == 0);
    return PdfText::text(pdf);
}

void refusesUnknown(const QString& kind, const QString& number, const QString& database)
{
    QTemporaryDir dir;
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const CliRun r = runCli({QStringLiteral("print"), kind, number, QStringLiteral("--database"), database,
                             QStringLiteral("--output"), none});
    CHECK(r.code == 1);
    CHECK(r.err.contains(number));
    CHECK_FALSE(QFile::exists(none));
}
} // namespace CliPrintout
