#include "CliRun.h"
#include "PdfText.h"
#include "ReportWorld.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("qualityloop-cli print writes the PDF of a case, in the language asked for", "[reports][cli]")
{
    ReportWorld w;
    const qint64 id = w.caseWithSheet();
    const QString number = w.number(id);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(runCli({QStringLiteral("print"), QStringLiteral("feedback-sheet"), number,
                    QStringLiteral("--database"), w.t.path(), QStringLiteral("--output"), out,
                    QStringLiteral("--language"), QStringLiteral("zh_CN")})
                .code
            == 0);
    const QString text = PdfText::text(out);
    CHECK(text.contains(number));
    CHECK(text.contains(QStringLiteral("华东石化有限公司")));
}

TEST_CASE("qualityloop-cli print refuses a missing case or an empty period and writes no file",
          "[reports][cli]")
{
    ReportWorld w;
    w.caseWithSheet();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("none.pdf"));
    const CliRun unknown
        = runCli({QStringLiteral("print"), QStringLiteral("feedback-sheet"), QStringLiteral("QI-1999-00001"),
                  QStringLiteral("--database"), w.t.path(), QStringLiteral("--output"), out});
    CHECK(unknown.code != 0);
    CHECK(unknown.err.contains(QStringLiteral("QI-1999-00001")));
    CHECK_FALSE(QFileInfo::exists(out));
    const CliRun empty
        = runCli({QStringLiteral("print"), QStringLiteral("return-visit-report"), QStringLiteral("--from"),
                  QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2020-01-31"),
                  QStringLiteral("--database"), w.t.path(), QStringLiteral("--output"), out});
    CHECK(empty.code != 0);
    CHECK(empty.err.contains(QStringLiteral("No return visits")));
    CHECK_FALSE(QFileInfo::exists(out));
}
