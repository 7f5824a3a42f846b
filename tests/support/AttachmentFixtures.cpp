#include "AttachmentFixtures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

namespace AttachmentFixtures {

namespace {
QByteArray encoded(const QSize& size, const char* format)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, size.width() / 2, size.height()), QColor(200, 30, 30));
    painter.fillRect(QRect(size.width() / 2, 0, size.width() - size.width() / 2, size.height()),
                     QColor(30, 60, 200));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}
} // namespace

QByteArray jpegBytes(const QSize& size)
{
    return encoded(size, "JPEG");
}

QByteArray pngBytes(const QSize& size)
{
    return encoded(size, "PNG");
}

QByteArray pdfBytes(qint64 size)
{
    QByteArray bytes("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    bytes += randomBytes(size - bytes.size(), 9);
    return bytes;
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(rng.bounded(256));
    return bytes;
}

QByteArray withExifOrientation(const QByteArray& jpeg, int orientation)
{
    // APP1 "Exif": a big-endian TIFF header and one IFD with the Orientation tag (0x0112, SHORT).
    const char tiff[] = {'M',  'M',
                         0,    0x2a,
                         0,    0,
                         0,    8, // header, IFD0 at offset 8
                         0,    1, // one entry
                         0x01, 0x12,
                         0,    3,
                         0,    0,
                         0,    1, // Orientation, SHORT, count 1
                         0,    static_cast<char>(orientation),
                         0,    0, // its value
                         0,    0,
                         0,    0}; // no next IFD
    QByteArray app1("Exif\0\0", 6);
    app1.append(tiff, sizeof tiff);
    QByteArray segment("\xff\xe1", 2);
    const int length = static_cast<int>(app1.size()) + 2;
    segment.append(static_cast<char>(length >> 8)).append(static_cast<char>(length & 0xff)).append(app1);
    return jpeg.left(2) + segment + jpeg.mid(2); // right after the start of image
}

QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace AttachmentFixtures
