// Issue 17: files attached and read back by the command line (separate processes), and the
// feedback sheet printed --with-photos: a last page with the case's photos and their captions,
// looked at as a picture (pdftoppm).
#include "AttachmentFixtures.h"
#include "CliRun.h"
#include "PdfText.h"
#include "ReportWorld.h"
#include "TestPaths.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace AttachmentFixtures;

namespace {
QImage pageImage(const QString& pdf, int page, const QString& prefix)
{
    QProcess p;
    p.start(QStringLiteral(QL_PDFTOPPM),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
             QString::number(page), QStringLiteral("-l"), QString::number(page),
             QStringLiteral("-singlefile"), pdf, prefix});
    p.waitForFinished(30000);
    return QImage(prefix + QStringLiteral(".png"));
}

// How many pixels are clearly the red (or the blue) of the test photo.
int pixelsLike(const QImage& image, QColor colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 40 && std::abs(c.green() - colour.green()) < 40
                && std::abs(c.blue() - colour.blue()) < 40)
                ++n;
        }
    return n;
}
} // namespace

TEST_CASE("qualityloop-cli attach and attachments, and a feedback sheet printed with the case's photos",
          "[reports][cli][attachments]")
{
    ReportWorld w;
    const qint64 id = w.caseWithSheet();
    const QString number = w.number(id);
    QTemporaryDir dir;
    const QString photo = writeFile(dir.path(), QStringLiteral("stem.jpg"), jpegBytes(QSize(1200, 900)));
    const QString letter = writeFile(dir.path(), QStringLiteral("letter.pdf"), pdfBytes(30 * 1024));
    const QStringList db {QStringLiteral("--database"), w.t.path()};

    CliRun r = runCli(QStringList {QStringLiteral("attach"), number, photo, letter, QStringLiteral("--user"),
                                   w.t.sales.username, QStringLiteral("--caption"),
                                   QStringLiteral("Leak at the stem")}
                      + db);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Added stem.jpg")));
    CHECK(r.out.contains(sha256Of(photo)));
    // Someone who is not a user adds nothing.
    r = runCli(QStringList {QStringLiteral("attach"), number, photo, QStringLiteral("--user"),
                            QStringLiteral("nobody")}
               + db);
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("nobody")));

    const QString out = dir.filePath(QStringLiteral("extracted"));
    r = runCli(QStringList {QStringLiteral("attachments"), number, QStringLiteral("--extract"), out} + db);
    REQUIRE(r.code == 0);
    CHECK(r.out.count(u'\n') == 2);
    CHECK(r.out.contains(w.t.sales.displayName));
    CHECK(sha256Of(QDir(out).filePath(QStringLiteral("stem.jpg"))) == sha256Of(photo));
    CHECK(sha256Of(QDir(out).filePath(QStringLiteral("letter.pdf"))) == sha256Of(letter));

    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString with = dir.filePath(QStringLiteral("with.pdf"));
    REQUIRE(runCli(QStringList {QStringLiteral("print"), QStringLiteral("feedback-sheet"), number,
                                QStringLiteral("--output"), plain}
                   + db)
                .code
            == 0);
    REQUIRE(runCli(QStringList {QStringLiteral("print"), QStringLiteral("feedback-sheet"), number,
                                QStringLiteral("--with-photos"), QStringLiteral("--output"), with}
                   + db)
                .code
            == 0);
    const QStringList plainPages = PdfText::pages(plain);
    const QStringList pages = PdfText::pages(with);
    REQUIRE(pages.size() == plainPages.size() + 1);
    const QString last = pages.last();
    INFO(last.toStdString());
    CHECK(last.contains(QStringLiteral("Photos of case %1").arg(number)));
    CHECK(last.contains(QStringLiteral("Leak at the stem")));
    CHECK(last.contains(QStringLiteral("stem.jpg")));
    CHECK_FALSE(last.contains(QStringLiteral("letter.pdf"))); // not a photo
    CHECK_FALSE(plainPages.join(u'\n').contains(QStringLiteral("Photos of case")));

    // The photo itself is on the page: its red and its blue halves, each a good patch.
    const QImage picture
        = pageImage(with, static_cast<int>(pages.size()), dir.filePath(QStringLiteral("photos")));
    REQUIRE(!picture.isNull());
    QDir().mkpath(testPath("QL_PRINTOUTS_DIR"));
    picture.save(QDir(testPath("QL_PRINTOUTS_DIR")).filePath(QStringLiteral("photo_sheet.png")));
    CHECK(pixelsLike(picture, QColor(200, 30, 30)) > 1000);
    CHECK(pixelsLike(picture, QColor(30, 60, 200)) > 1000);
    const QImage before
        = pageImage(plain, static_cast<int>(plainPages.size()), dir.filePath(QStringLiteral("p")));
    CHECK(pixelsLike(before, QColor(200, 30, 30)) < 50);
}
