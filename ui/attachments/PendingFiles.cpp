#include "attachments/PendingFiles.h"

#include "attachments/AttachmentActions.h"
#include "attachments/AttachmentKinds.h"
#include "attachments/PhotoViewer.h"
#include "attachments/Photos.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <memory>

namespace {
std::unique_ptr<QIODevice> openFile(const NewAttachment& file)
{
    if (!file.path.isEmpty()) {
        auto f = std::make_unique<QFile>(file.path);
        if (!f->open(QIODevice::ReadOnly))
            return nullptr;
        return f;
    }
    auto b = std::make_unique<QBuffer>();
    b->setData(file.bytes);
    b->open(QIODevice::ReadOnly);
    return b;
}
} // namespace

NewAttachment PendingFiles::fromImage(const QImage& image, const QDateTime& now)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString when = now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss"));
    return NewAttachment::fromBytes(tr("Pasted picture %1.png").arg(when), png);
}

QList<NewAttachment> PendingFiles::fromMime(const QMimeData* data, const QDateTime& now, QString& problem)
{
    QList<NewAttachment> files;
    if (!data)
        return files;
    if (data->hasUrls()) {
        for (const QUrl& url : data->urls()) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                files.append(NewAttachment::fromFile(url.toLocalFile()));
            else if (url.isLocalFile())
                problem = tr("“%1” is a folder; add the files in it.").arg(url.toLocalFile());
            else if (!data->hasImage())
                problem = tr("“%1” is not on this computer. Save it first, then add the saved file.")
                              .arg(url.toString());
        }
    }
    if (files.isEmpty() && data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        if (!image.isNull())
            files.append(fromImage(image, now));
    }
    return files;
}

void PendingFiles::open(QWidget* parent, const QList<NewAttachment>& files, int index)
{
    if (index < 0 || index >= files.size())
        return;
    const auto isPhoto = [](const NewAttachment& f) {
        const std::unique_ptr<QIODevice> device = openFile(f);
        return device && AttachmentKinds::of(f.fileName, *device).kind == AttachmentKind::Photo;
    };
    if (!isPhoto(files.at(index))) {
        if (!files.at(index).path.isEmpty())
            AttachmentActions::openUrl(QUrl::fromLocalFile(files.at(index).path));
        return;
    }
    QList<PhotoViewer::Photo> photos;
    int current = 0;
    for (int i = 0; i < files.size(); ++i) {
        const NewAttachment& f = files.at(i);
        if (!isPhoto(f))
            continue;
        if (i == index)
            current = static_cast<int>(photos.size());
        photos.append({f.caption.isEmpty() ? f.fileName : tr("%1 — %2").arg(f.fileName, f.caption),
                       tr("Not saved yet: it is saved with the form."),
                       [f]() {
                           const std::unique_ptr<QIODevice> device = openFile(f);
                           return device ? Photos::read(*device) : QImage();
                       },
                       {}});
    }
    PhotoViewer viewer(photos, current, parent);
    viewer.exec();
}
