#include "attachments/Photos.h"

#include <QBuffer>
#include <QIODevice>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace {
// A picture with transparency put on white, for a JPEG (which has none: it would turn black).
QImage onWhite(const QImage& image)
{
    if (!image.hasAlphaChannel())
        return image;
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    return flat;
}
} // namespace

QImage Photos::read(QIODevice& source, int maxSide, QSize* uprightSize)
{
    source.seek(0);
    QImageReader reader(&source);
    reader.setAutoTransform(true);
    if (uprightSize) {
        const QSize stored = reader.size();
        *uprightSize = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90)
            ? stored.transposed()
            : stored;
    }
    if (maxSide > 0) {
        // The size as stored (before turning it upright); the longer side is the same either way.
        const QSize stored = reader.size();
        const int longer = std::max(stored.width(), stored.height());
        if (longer > maxSide)
            reader.setScaledSize(stored.scaled(stored * maxSide / longer, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    source.seek(0);
    if (maxSide > 0 && !image.isNull() && std::max(image.width(), image.height()) > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QByteArray Photos::thumbnailJpeg(const QImage& upright)
{
    QImage small = upright;
    if (std::max(small.width(), small.height()) > thumbnailSide)
        small = small.scaled(thumbnailSide, thumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    onWhite(small).save(&buffer, "JPEG", 85);
    return jpeg;
}

std::optional<QByteArray> Photos::scaledDown(QIODevice& source, int maxSide, QByteArray& format)
{
    source.seek(0);
    QImageReader probe(&source);
    const QSize stored = probe.size();
    const QByteArray sourceFormat = probe.format();
    source.seek(0);
    if (maxSide <= 0 || !stored.isValid() || std::max(stored.width(), stored.height()) <= maxSide)
        return std::nullopt;
    const QImage image = read(source, maxSide);
    if (image.isNull())
        return std::nullopt;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (sourceFormat == "png") {
        format = "png";
        QImageWriter(&buffer, "PNG").write(image);
    } else {
        format = "jpg";
        QImageWriter writer(&buffer, "JPEG");
        writer.setQuality(90);
        writer.write(onWhite(image));
    }
    return bytes;
}
