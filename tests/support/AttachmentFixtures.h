#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

// Files as people attach them, made in the test: photos (with a camera's EXIF orientation),
// a PDF, random bytes; and their SHA-256 to compare what comes back with what went in.
namespace AttachmentFixtures {

QByteArray jpegBytes(const QSize& size); // a drawn picture: left half red, right half blue
QByteArray pngBytes(const QSize& size);
QByteArray pdfBytes(qint64 size); // a PDF header and size bytes in all
QByteArray randomBytes(qint64 size, quint32 seed);
// The JPEG with an EXIF block saying how to turn it upright (1 upright, 6: 90 degrees clockwise).
QByteArray withExifOrientation(const QByteArray& jpeg, int orientation);
QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes);
QString sha256Of(const QString& path); // hex

} // namespace AttachmentFixtures
