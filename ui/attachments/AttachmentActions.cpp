#include "attachments/AttachmentActions.h"

#include "UserError.h"
#include "attachments/AttachmentFiles.h"
#include "attachments/AttachmentSteps.h"
#include "attachments/PhotoViewer.h"
#include "dates/CompanyTime.h"
#include "main/Session.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

namespace {
AttachmentActions::SavePathChooser& savePathChooser()
{
    static AttachmentActions::SavePathChooser chooser;
    return chooser;
}

AttachmentActions::UrlOpener& urlOpener()
{
    static AttachmentActions::UrlOpener opener;
    return opener;
}

// A name that stays in its folder whatever the stored name says.
QString safeName(const QString& name)
{
    QString safe = QFileInfo(name).fileName();
    safe.replace(u'\\', u'_').replace(u':', u'_');
    return safe.isEmpty() || safe == QLatin1String("..") ? QStringLiteral("file") : safe;
}

QString details(const Attachment& a, const QTimeZone& zone)
{
    QString text
        = AttachmentActions::tr("Added by %1, %2, at the %3")
              .arg(a.addedBy, CompanyTime::minutes(a.addedAt, zone), AttachmentSteps::displayName(a.step));
    if (a.isWithdrawn())
        text += u'\n'
            + AttachmentActions::tr("Withdrawn by %1, %2: %3")
                  .arg(a.withdrawnBy, CompanyTime::minutes(a.withdrawnAt, zone), a.withdrawnReason);
    return text;
}
} // namespace

AttachmentActions::SavePathChooser AttachmentActions::setSavePathChooser(SavePathChooser chooser)
{
    std::swap(chooser, savePathChooser());
    return chooser;
}

AttachmentActions::UrlOpener AttachmentActions::setUrlOpener(UrlOpener opener)
{
    std::swap(opener, urlOpener());
    return opener;
}

bool AttachmentActions::openUrl(const QUrl& url)
{
    return urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url);
}

void AttachmentActions::open(QWidget* parent, Session& session, const QList<Attachment>& files, int index)
{
    if (index < 0 || index >= files.size())
        return;
    if (!files.at(index).isPhoto()) {
        openExternally(parent, session, files.at(index));
        return;
    }
    QList<PhotoViewer::Photo> photos;
    int current = 0;
    const Session* owner = &session;
    const User reader = session.user();
    for (int i = 0; i < files.size(); ++i) {
        const Attachment& a = files.at(i);
        if (!a.isPhoto())
            continue;
        if (i == index)
            current = static_cast<int>(photos.size());
        const QString title = a.caption.isEmpty() ? a.fileName : tr("%1 — %2").arg(a.fileName, a.caption);
        photos.append({title, details(a, session.workflow().deadlines().rules().zone),
                       [owner, reader, a]() { return owner->make<AttachmentFiles>().photo(reader, a); },
                       [parent, &session, a]() { saveAs(parent, session, a); }});
    }
    PhotoViewer viewer(photos, current, parent);
    viewer.exec();
}

QString AttachmentActions::temporaryCopy(Session& session, const Attachment& file)
{
    const QString folder = QDir(QDir::tempPath())
                               .filePath(QStringLiteral("qualityloop-files-%1/%2")
                                             .arg(safeName(session.user().username))
                                             .arg(file.id));
    if (!QDir().mkpath(folder))
        throw UserError(
            tr("The folder “%1” for opening files cannot be made.").arg(QDir::toNativeSeparators(folder)));
    const QString path = QDir(folder).filePath(safeName(file.fileName));
    if (QFileInfo::exists(path)) { // opened before: write it afresh
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile::remove(path);
    }
    session.make<AttachmentFiles>().saveTo(session.user(), file, path);
    // Read-only: a change made in the other program must not look as if it were saved in the case.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

bool AttachmentActions::openExternally(QWidget* parent, Session& session, const Attachment& file)
{
    try {
        const QString path = temporaryCopy(session, file);
        if (openUrl(QUrl::fromLocalFile(path)))
            return true;
        QMessageBox::information(
            parent, tr("Open a file"),
            tr("No program on this computer opens “%1”. Save it with Save as… and open it "
               "where it can be read.")
                .arg(file.fileName));
    } catch (const UserError& error) {
        QMessageBox::warning(parent, tr("Open a file"), error.message());
    }
    return false;
}

bool AttachmentActions::saveAs(QWidget* parent, Session& session, const Attachment& file)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(safeName(file.fileName));
    const QString path = savePathChooser()
        ? savePathChooser()(parent, suggested)
        : QFileDialog::getSaveFileName(parent, tr("Save a copy of the file"), suggested);
    if (path.isEmpty())
        return false;
    try {
        session.make<AttachmentFiles>().saveTo(session.user(), file, path);
    } catch (const UserError& error) {
        QMessageBox::warning(parent, tr("Save as"), error.message());
        return false;
    }
    return true;
}
