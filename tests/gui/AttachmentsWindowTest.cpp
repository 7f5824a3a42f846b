// Issue 17 in the window: files added to a case by the button, by dropping them and by pasting
// a picture, in the case view and on the intake form (saved with the case); thumbnails shown, a
// photo opened in the program's viewer, a file over the limit refused with the reason and
// nothing added.
#include "AttachmentFixtures.h"
#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "attachments/AddFilesDialog.h"
#include "attachments/AttachmentQuery.h"
#include "attachments/AttachmentSettings.h"
#include "attachments/AttachmentsPanel.h"
#include "attachments/PhotoViewer.h"
#include "cases/CaseViewPage.h"
#include "db/Sql.h"
#include "intake/IntakeForm.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace AttachmentFixtures;

namespace {
// Waits (with a deadline) until the condition holds, letting the window's events run.
bool eventually(const std::function<bool()>& condition, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

// Answers the next "add these files" dialog: a caption for its first file, then Add.
void answerAddFiles(const QString& caption, bool* shown)
{
    GuiTest::whenModal([caption, shown](QWidget* modal) {
        auto* dialog = qobject_cast<AddFilesDialog*>(modal);
        *shown = dialog != nullptr;
        if (!dialog) {
            modal->close();
            return;
        }
        if (!caption.isEmpty())
            dialog->captionEdit(0)->setText(caption);
        dialog->accept();
    });
}

// Drops the files (or a picture) onto the widget as a file manager or a browser would.
void drop(QWidget* target, QMimeData* data)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent dropped(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    delete data;
}

QMimeData* filesData(const QStringList& paths)
{
    auto* data = new QMimeData;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls.append(QUrl::fromLocalFile(p));
    data->setUrls(urls);
    return data;
}
} // namespace

TEST_CASE("Files are added to a case by the button, a drop and a paste, shown as thumbnails and opened",
          "[gui][attachments]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    const QString photo = writeFile(t.dir(), QStringLiteral("stem leak.jpg"), jpegBytes(QSize(1200, 900)));
    const QString report = writeFile(t.dir(), QStringLiteral("test report.pdf"), pdfBytes(40 * 1024));
    const QString plate = writeFile(t.dir(), QStringLiteral("nameplate.png"), pngBytes(QSize(640, 480)));
    MainWindow window(t.db(), f.clock, t.sales);
    window.resize(1200, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openCase(id);
    AttachmentsPanel* panel = window.caseViewPage()->files();
    REQUIRE(panel->isVisible());
    CHECK(panel->list()->count() == 0);

    // The button: two files at once, the first with a caption.
    const auto previous = AttachmentsPanel::setFileChooser([&](QWidget*) {
        return QStringList {photo, report};
    });
    bool asked = false;
    answerAddFiles(QStringLiteral("Leak at the stem packing"), &asked);
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    AttachmentsPanel::setFileChooser(previous);
    CHECK(asked);
    REQUIRE(panel->list()->count() == 2);
    // A thumbnail of the photo itself (red on the left, blue on the right), not a kind's icon.
    const QImage thumb = panel->list()->item(0)->icon().pixmap(96, 96).toImage();
    REQUIRE(!thumb.isNull());
    CHECK(qRed(thumb.pixel(thumb.width() / 4, thumb.height() / 2)) > 150);
    CHECK(qBlue(thumb.pixel(thumb.width() * 3 / 4, thumb.height() / 2)) > 150);
    CHECK(panel->list()->item(0)->text().contains(QStringLiteral("Leak at the stem packing")));

    // A drop from the file manager.
    asked = false;
    answerAddFiles({}, &asked);
    drop(panel, filesData({plate}));
    REQUIRE(eventually([&] { return panel->list()->count() == 3; }));
    CHECK(asked);

    // A screenshot pasted from the clipboard.
    QImage screenshot(800, 500, QImage::Format_RGB32);
    screenshot.fill(QColor(20, 160, 60));
    QGuiApplication::clipboard()->setImage(screenshot);
    asked = false;
    answerAddFiles(QStringLiteral("From the customer's chat"), &asked);
    QTest::mouseClick(panel->pasteButton(), Qt::LeftButton);
    CHECK(asked);
    REQUIRE(panel->list()->count() == 4);

    const QList<Attachment> stored = AttachmentQuery(t.connection()).list(id);
    REQUIRE(stored.size() == 4);
    CHECK(stored[0].caption == QStringLiteral("Leak at the stem packing"));
    CHECK(stored[0].sha256 == sha256Of(photo));
    CHECK(stored[1].fileName == QStringLiteral("test report.pdf"));
    CHECK(stored[2].sha256 == sha256Of(plate));
    CHECK(stored[3].fileName.endsWith(QStringLiteral(".png")));
    CHECK(stored[3].caption == QStringLiteral("From the customer's chat"));
    for (const Attachment& a : stored)
        CHECK(a.addedBy == t.sales.displayName);
    CHECK(GuiTest::screenshot(&window, QStringLiteral("case_files")));

    // A photo opens in the program's viewer, among the case's three photos.
    int photos = 0;
    QString title;
    GuiTest::whenModal([&](QWidget* modal) {
        if (auto* viewer = qobject_cast<PhotoViewer*>(modal)) {
            photos = viewer->count();
            title = viewer->title();
            viewer->next();
            GuiTest::screenshot(viewer, QStringLiteral("photo_viewer"));
        }
        modal->close();
    });
    panel->list()->setCurrentRow(0);
    panel->openCurrent();
    CHECK(photos == 3);
    CHECK(title.contains(QStringLiteral("stem leak.jpg")));

    // Over the limit: refused with the reason, nothing added.
    AttachmentLimits limits;
    limits.maxFileMegabytes = 1;
    AttachmentSettings(t.connection()).save(t.admin, limits, f.clock.now());
    const QString big
        = writeFile(t.dir(), QStringLiteral("site video.mp4"), randomBytes(1024 * 1024 + 10, 4));
    GuiTest::whenModal([](QWidget* modal) { modal->close(); }); // the warning
    panel->addFiles({big});
    CHECK(panel->message().contains(QStringLiteral("at most 1 MB")));
    CHECK(panel->list()->count() == 4);
    CHECK(AttachmentQuery(t.connection()).list(id).size() == 4);
}

TEST_CASE("Files dropped on the intake form are saved with the new case", "[gui][attachments]")
{
    TestDatabase t;
    MockClock clock;
    const QString photo = writeFile(t.dir(), QStringLiteral("leak.jpg"), jpegBytes(QSize(800, 600)));
    MainWindow window(t.db(), clock, t.sales);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.newCase();
    IntakeForm* intake = window.intakeForm();
    QTest::keyClicks(intake->customerEdit(), QStringLiteral("Huadong Petrochemical Co."));
    QTest::keyClicks(intake->serialEdit(), t.serialNo);
    QTest::keyClicks(intake->symptomEdit(), QStringLiteral("Valve leaks at the stem after two weeks"));
    bool asked = false;
    answerAddFiles(QStringLiteral("Photo from the customer"), &asked);
    drop(intake->files(), filesData({photo}));
    REQUIRE(eventually([&] { return intake->files()->hasPending(); }));
    CHECK(asked);
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM case_attachments")).toInt() == 0);
    CHECK(GuiTest::screenshot(intake, QStringLiteral("intake_files")));

    QTest::mouseClick(intake->findChild<QPushButton*>(QStringLiteral("intakeSave")), Qt::LeftButton);
    REQUIRE(window.currentPage() == window.caseViewPage());
    const qint64 id = window.caseViewPage()->caseId();
    const QList<Attachment> stored = AttachmentQuery(t.connection()).list(id);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().caption == QStringLiteral("Photo from the customer"));
    CHECK(stored.first().step == QStringLiteral("intake"));
    CHECK(stored.first().sha256 == sha256Of(photo));
    CHECK(window.caseViewPage()->files()->list()->count() == 1);
    CHECK_FALSE(intake->files()->hasPending());
}
