#include "PdfText.h"
#include "ReportWorld.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
int cli(const QStringList& args, QString* err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(QL_CLI_PATH), args);
    p.waitForFinished(60000);
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

TEST_CASE("qualityloop-cli print writes the PDF of a case, in the language asked for", "[reports][cli]")
{
    ReportWorld w;
    const qint64 id = w.caseWithSheet();
    const QString number = w.number(id);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(cli({QStringLiteral("print"), QStringLiteral("feedback-sheet"), number,
                 QStringLiteral("--database"), w.t.path(), QStringLiteral("--output"), out,
                 QStringLiteral("--language"), QStringLiteral("zh_CN")})
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
    QString err;
    CHECK(cli({QStringLiteral("print"), QStringLiteral("feedback-sheet"), QStringLiteral("QI-1999-00001"),
               QStringLiteral("--database"), w.t.path(), QStringLiteral("--output"), out},
              &err)
          != 0);
    CHECK(err.contains(QStringLiteral("QI-1999-00001")));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(cli({QStringLiteral("print"), QStringLiteral("return-visit-report"), QStringLiteral("--from"),
               QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2020-01-31"),
               QStringLiteral("--database"), w.t.path(), QStringLiteral("--output"), out},
              &err)
          != 0);
    CHECK(err.contains(QStringLiteral("No return visits")));
    CHECK_FALSE(QFileInfo::exists(out));
}
