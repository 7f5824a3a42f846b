// Issue 17: files on a case, stored in the database: the bytes come back as they went in, the
// same file is stored once, a file over the limit changes nothing, a withdrawn file leaves the
// case but not its history, and files conflict with no one's save.
#include "AttachmentFixtures.h"
#include "FlowDriver.h"
#include "LatestCase.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "attachments/AttachmentFiles.h"
#include "attachments/AttachmentQuery.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentSettings.h"
#include "attachments/AttachmentSteps.h"
#include "attachments/ContentStore.h"
#include "cases/CaseTimeline.h"
#include "db/Sql.h"
#include "workflow/ConflictError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>

#include <catch2/catch.hpp>

using namespace AttachmentFixtures;

namespace {
qint64 count(const QSqlDatabase& db, const char* table)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
}

// What a refused addition must leave exactly as it was.
struct Snapshot
{
    qint64 links, contents, thumbnails, audit, cases;
    int version;
    bool operator==(const Snapshot& o) const
    {
        return links == o.links && contents == o.contents && thumbnails == o.thumbnails && audit == o.audit
            && cases == o.cases && version == o.version;
    }
};

Snapshot snapshot(const QSqlDatabase& db, qint64 caseId)
{
    return {count(db, "case_attachments"),
            count(db, "attachment_contents"),
            count(db, "attachment_thumbnails"),
            count(db, "audit_log"),
            count(db, "cases"),
            Sql::scalar(db, QStringLiteral("SELECT version FROM cases WHERE id = ?"), {caseId}).toInt()};
}
} // namespace

TEST_CASE("The bytes of a file come back exactly as they were added", "[attachments]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    AttachmentService files(t.connection(), f.clock);
    const QString report
        = writeFile(t.dir(), QStringLiteral("test report.pdf"), pdfBytes(3 * 1024 * 1024 + 17));
    const QString photo = writeFile(t.dir(), QStringLiteral("stem.jpg"), jpegBytes(QSize(1200, 900)));
    const QString notes = writeFile(t.dir(), QStringLiteral("notes.txt"), QByteArray("Packing replaced.\n"));
    const QString odd = writeFile(t.dir(), QStringLiteral("scan.heic"), randomBytes(5000, 3));
    files.add(t.sales, id,
              {NewAttachment::fromFile(report, QStringLiteral("Pressure test")),
               NewAttachment::fromFile(photo), NewAttachment::fromFile(notes), NewAttachment::fromFile(odd)},
              AttachmentSteps::caseView());

    const QList<Attachment> list = AttachmentQuery(t.connection()).list(id);
    REQUIRE(list.size() == 4);
    CHECK(list[0].fileName == QStringLiteral("test report.pdf"));
    CHECK(list[0].caption == QStringLiteral("Pressure test"));
    CHECK(list[0].kind == AttachmentKind::Pdf);
    CHECK(list[0].addedBy == t.sales.displayName);
    CHECK(list[0].addedAt == f.clock.now());
    CHECK(list[0].step == AttachmentSteps::caseView());
    CHECK(list[1].kind == AttachmentKind::Photo);
    CHECK(list[2].kind == AttachmentKind::Text);
    // No image plugin reads HEIC on Debian 12's Qt: it is kept as a file.
    CHECK(list[3].kind
          == (QImageReader::supportedImageFormats().contains("heic") ? AttachmentKind::Photo
                                                                     : AttachmentKind::File));

    {
        const AttachmentFiles out(t.connection());
        for (const Attachment& a : list) {
            INFO(a.fileName.toStdString());
            const QString source = QDir(t.dir()).filePath(a.fileName);
            CHECK(a.sha256 == sha256Of(source));
            const QString copy = QDir(t.dir()).filePath(QStringLiteral("out-") + a.fileName);
            out.saveTo(t.sales, a, copy);
            CHECK(sha256Of(copy) == sha256Of(source));
            CHECK(QFileInfo(copy).size() == a.size);
        }
        // A thumbnail for the photo only, made when it was added.
        CHECK(!out.thumbnail(list[1]).isNull());
        CHECK(std::max(out.thumbnail(list[1]).width(), out.thumbnail(list[1]).height()) == 256);
        CHECK(out.thumbnail(list[0]).isNull());
    }
    // It survives a restart.
    t.reopen();
    CHECK(AttachmentQuery(t.connection()).list(id).size() == 4);
}

TEST_CASE("The same file added twice is stored once", "[attachments]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 one = f.log();
    const qint64 two = f.log();
    AttachmentService files(t.connection(), f.clock);
    const QByteArray bytes = jpegBytes(QSize(800, 600));
    const QString path = writeFile(t.dir(), QStringLiteral("nameplate.jpg"), bytes);
    files.add(t.sales, one, {NewAttachment::fromFile(path)}, AttachmentSteps::caseView());
    files.add(t.quality, one, {NewAttachment::fromFile(path, QStringLiteral("again"))},
              AttachmentSteps::caseView());
    // The same bytes pasted under another name, on another case.
    files.add(t.sales, two, {NewAttachment::fromBytes(QStringLiteral("Pasted.jpg"), bytes)},
              AttachmentSteps::caseView());
    CHECK(count(t.connection(), "case_attachments") == 3);
    CHECK(count(t.connection(), "attachment_contents") == 1);
    CHECK(count(t.connection(), "attachment_thumbnails") == 1);
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT sum(length(data)) FROM attachment_contents"))
              .toLongLong()
          == bytes.size());
}

TEST_CASE("A file over the size limit is refused and nothing changes", "[attachments]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    AttachmentSettings settings(t.connection());
    CHECK(settings.load().maxFileMegabytes == 25); // the default
    AttachmentLimits limits;
    limits.maxFileMegabytes = 1;
    CHECK_THROWS_AS(settings.save(t.quality, limits, f.clock.now()), UserError); // administrators only
    settings.save(t.admin, limits, f.clock.now());
    CHECK(settings.load().maxFileMegabytes == 1);

    AttachmentService files(t.connection(), f.clock);
    const QString small = writeFile(t.dir(), QStringLiteral("small.txt"), QByteArray("fine"));
    const QString big = writeFile(t.dir(), QStringLiteral("video.mp4"), randomBytes(1024 * 1024 + 1, 1));
    const Snapshot before = snapshot(t.connection(), id);
    try {
        files.add(t.sales, id, {NewAttachment::fromFile(small), NewAttachment::fromFile(big)},
                  AttachmentSteps::caseView());
        FAIL("a file over the limit was added");
    } catch (const UserError& e) {
        CHECK(e.message().contains(QStringLiteral("“video.mp4” is 1.0 MB; a file can be at most 1 MB")));
        CHECK(e.message().contains(QStringLiteral("Nothing was added.")));
        CHECK(!e.message().contains(QStringLiteral("small.txt")));
    }
    CHECK(snapshot(t.connection(), id) == before);
    // An empty file, a missing one and the database itself are refused alike.
    const QString empty = writeFile(t.dir(), QStringLiteral("empty.txt"), QByteArray());
    CHECK_THROWS_WITH(files.add(t.sales, id, {NewAttachment::fromFile(empty)}, AttachmentSteps::caseView()),
                      Catch::Contains("is empty"));
    CHECK_THROWS_WITH(files.add(t.sales, id, {NewAttachment::fromFile(t.dir() + QStringLiteral("/gone.pdf"))},
                                AttachmentSteps::caseView()),
                      Catch::Contains("cannot be found"));
    if (!TestDatabase::onServer()) // a server's database is no file on this PC
        CHECK_THROWS_WITH(
            files.add(t.sales, id, {NewAttachment::fromFile(t.path())}, AttachmentSteps::caseView()),
            Catch::Contains("is this QualityLoop database itself"));
    CHECK(snapshot(t.connection(), id) == before);
}

TEST_CASE("A withdrawn file leaves the case but stays in its history and for an administrator",
          "[attachments]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    AttachmentService files(t.connection(), f.clock);
    const QString path = writeFile(t.dir(), QStringLiteral("wrong case.jpg"), jpegBytes(QSize(640, 480)));
    const qint64 fileId
        = files.add(t.sales, id, {NewAttachment::fromFile(path)}, AttachmentSteps::intake()).first();

    // Neither someone else nor an empty reason.
    CHECK_THROWS_WITH(files.withdraw(t.technician, fileId, QStringLiteral("not mine")),
                      Catch::Contains("Only the person who added"));
    CHECK_THROWS_WITH(files.withdraw(t.sales, fileId, QStringLiteral("  ")), Catch::Contains("Say why"));
    CHECK(AttachmentQuery(t.connection()).list(id).size() == 1);
    f.clock.advanceHours(1);
    files.withdraw(t.sales, fileId, QStringLiteral("Photo of another customer's valve"));
    CHECK(AttachmentQuery(t.connection()).list(id).isEmpty());
    CHECK_THROWS_AS(files.withdraw(t.quality, fileId, QStringLiteral("again")), UserError);

    // In the case's history: added, then withdrawn with the reason.
    bool added = false;
    bool withdrawn = false;
    for (const TimelineEntry& e : CaseTimeline(t.connection()).entries(id)) {
        if (e.entity != QLatin1String("case_attachments"))
            continue;
        added = added
            || (e.action == QLatin1String("create") && e.newValue == QStringLiteral("wrong case.jpg"));
        withdrawn = withdrawn
            || (e.field == QLatin1String("withdrawn_reason")
                && e.newValue == QStringLiteral("Photo of another customer's valve"));
    }
    CHECK(added);
    CHECK(withdrawn);
    // Only an administrator sees it, and can still read it.
    const AttachmentQuery query(t.connection());
    CHECK_THROWS_AS(query.withdrawn(t.quality, id), UserError);
    CHECK_THROWS_AS(query.get(t.sales, fileId), UserError);
    const QList<Attachment> hidden = query.withdrawn(t.admin, id);
    REQUIRE(hidden.size() == 1);
    CHECK(hidden.first().withdrawnBy == t.sales.displayName);
    CHECK(hidden.first().withdrawnReason == QStringLiteral("Photo of another customer's valve"));
    const AttachmentFiles out(t.connection());
    CHECK_THROWS_AS(out.saveTo(t.sales, hidden.first(), t.dir() + QStringLiteral("/x.jpg")), UserError);
    out.saveTo(t.admin, hidden.first(), t.dir() + QStringLiteral("/kept.jpg"));
    CHECK(sha256Of(t.dir() + QStringLiteral("/kept.jpg")) == sha256Of(path));
    // The database itself refuses to forget it.
    CHECK_THROWS(Sql::exec(t.connection(), QStringLiteral("DELETE FROM case_attachments")));
    CHECK_THROWS(Sql::exec(t.connection(), QStringLiteral("DELETE FROM attachment_contents")));
    CHECK_THROWS(Sql::exec(t.connection(), QStringLiteral("UPDATE case_attachments SET caption = 'x'")));
}

TEST_CASE("A quality engineer may withdraw anyone's file", "[attachments]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    AttachmentService files(t.connection(), f.clock);
    const qint64 fileId = files
                              .add(t.sales, id, {NewAttachment::fromBytes(QStringLiteral("a.txt"), "a")},
                                   AttachmentSteps::caseView())
                              .first();
    files.withdraw(t.quality, fileId, QStringLiteral("Duplicate of the customer's letter"));
    CHECK(AttachmentQuery(t.connection()).list(id).isEmpty());
}

TEST_CASE("Adding a file makes a new version of the case but is in no one's way", "[attachments][conflict]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    const CaseRef opened = latest(f.flow, id); // a form opened now
    AttachmentService files(t.connection(), f.clock);
    files.add(t.quality, id, {NewAttachment::fromBytes(QStringLiteral("letter.txt"), "Dear sirs")},
              AttachmentSteps::caseView());
    CHECK(f.flow.version(id) == opened.version + 1);
    // The form's save goes on top of the file: no conflict, and no "changed while you were editing".
    CHECK(f.flow.changesSince(opened).isEmpty());
    f.flow.sendToQuality(t.sales, opened);
    CHECK(f.flow.load(id).status == CaseStatus::SentToQuality);
    CHECK(f.flow.version(id) == opened.version + 2);
    // A real change still conflicts, files or not.
    const CaseRef before = latest(f.flow, id);
    f.flow.recordByQuality(t.quality, before);
    files.add(t.sales, id, {NewAttachment::fromBytes(QStringLiteral("more.txt"), "more")},
              AttachmentSteps::caseView());
    CHECK_THROWS_AS(f.flow.analyse(t.quality, before, f.analysis()), ConflictError);
}

TEST_CASE("A record and the files added in its form are saved together or not at all", "[attachments]")
{
    TestDatabase t;
    FlowDriver f(t);
    AttachmentService files(t.connection(), f.clock);
    const QString photo = writeFile(t.dir(), QStringLiteral("leak.jpg"), jpegBytes(QSize(640, 480)));
    const qint64 id
        = files.saveWith(t.sales, {NewAttachment::fromFile(photo, QStringLiteral("Leak at the stem"))},
                         AttachmentSteps::intake(), [&] { return f.flow.logCase(t.sales, f.intake()); });
    const QList<Attachment> list = AttachmentQuery(t.connection()).list(id);
    REQUIRE(list.size() == 1);
    CHECK(list.first().step == QStringLiteral("intake"));

    // The intake is refused: no file is stored either.
    const Snapshot before = snapshot(t.connection(), id);
    IntakeData bad = f.intake();
    bad.symptom.clear();
    const QString other = writeFile(t.dir(), QStringLiteral("other.jpg"), jpegBytes(QSize(300, 200)));
    CHECK_THROWS_AS(files.saveWith(t.sales, {NewAttachment::fromFile(other)}, AttachmentSteps::intake(),
                                   [&] { return f.flow.logCase(t.sales, bad); }),
                    UserError);
    // A file is refused: the record is not saved either.
    AttachmentLimits limits;
    limits.maxFileMegabytes = 1;
    AttachmentSettings(t.connection()).save(t.admin, limits, f.clock.now());
    const QString big = writeFile(t.dir(), QStringLiteral("big.bin"), randomBytes(2 * 1024 * 1024, 2));
    CHECK_THROWS_AS(files.saveWith(t.sales, {NewAttachment::fromFile(big)},
                                   AttachmentSteps::code(WorkflowStep::SendToQuality),
                                   [&] {
                                       f.flow.sendToQuality(t.sales, latest(f.flow, id));
                                       return id;
                                   }),
                    UserError);
    Snapshot after = snapshot(t.connection(), id);
    after.audit -= 1; // the limit's change
    CHECK(after == before);
    CHECK(f.flow.load(id).status == CaseStatus::Logged);
}

TEST_CASE("Photos are shown upright and scaled down only when the setting asks", "[attachments][photos]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    AttachmentService files(t.connection(), f.clock);
    const AttachmentFiles out(t.connection());
    // A camera held upright writes a wide picture and EXIF orientation 6 (turn it 90 degrees).
    const QByteArray camera = withExifOrientation(jpegBytes(QSize(1600, 800)), 6);
    const QString path = writeFile(t.dir(), QStringLiteral("IMG_0042.JPG"), camera);

    // Kept as it came: the same bytes, shown upright.
    const qint64 kept
        = files.add(t.sales, id, {NewAttachment::fromFile(path)}, AttachmentSteps::caseView()).first();
    const Attachment original = AttachmentQuery(t.connection()).get(t.sales, kept);
    CHECK(original.sha256 == sha256Of(path));
    CHECK(out.photo(t.sales, original).size() == QSize(800, 1600));
    CHECK(out.thumbnail(original).size() == QSize(128, 256));

    // Scaled down to 640 pixels: upright in its pixels, the original untouched on disk.
    AttachmentLimits limits;
    limits.photoMaxSide = 640;
    AttachmentSettings(t.connection()).save(t.admin, limits, f.clock.now());
    const qint64 small
        = files.add(t.sales, id, {NewAttachment::fromFile(path)}, AttachmentSteps::caseView()).first();
    const Attachment scaled = AttachmentQuery(t.connection()).get(t.sales, small);
    CHECK(scaled.sha256 != original.sha256);
    CHECK(scaled.fileName == QStringLiteral("IMG_0042.jpg"));
    const std::unique_ptr<QIODevice> stored = out.open(t.sales, scaled);
    QImageReader plain(stored.get());
    plain.setAutoTransform(false);
    CHECK(plain.read().size() == QSize(320, 640));
    CHECK(sha256Of(path)
          == QString::fromLatin1(QCryptographicHash::hash(camera, QCryptographicHash::Sha256).toHex()));
    // A small photo is kept as it came even then.
    const QString little = writeFile(t.dir(), QStringLiteral("little.png"), pngBytes(QSize(300, 200)));
    const qint64 l
        = files.add(t.sales, id, {NewAttachment::fromFile(little)}, AttachmentSteps::caseView()).first();
    CHECK(AttachmentQuery(t.connection()).get(t.sales, l).sha256 == sha256Of(little));
}
