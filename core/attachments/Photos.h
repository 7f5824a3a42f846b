#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

#include <optional>

class QIODevice;

// Pictures as people see them: always turned upright as the camera's EXIF orientation says
// (QImageReader::setAutoTransform), whether shown, printed, made into a thumbnail or scaled down.
namespace Photos {

constexpr int thumbnailSide = 256;

// The picture, upright; at most maxSide pixels on its longer side when maxSide > 0 (JPEG
// decodes at the smaller size directly, which is much faster than decoding it whole).
// uprightSize, when given, gets the size of the whole picture upright.
QImage read(QIODevice& source, int maxSide = 0, QSize* uprightSize = nullptr);
// A thumbnail as stored: a JPEG at most thumbnailSide pixels on its longer side.
QByteArray thumbnailJpeg(const QImage& upright);
// The picture scaled down to maxSide pixels on its longer side, upright, in its own format when
// that is PNG and as a JPEG otherwise; nothing when it is not larger than that (its file is then
// kept exactly as it came). format is "png" or "jpg" for the new file's name.
std::optional<QByteArray> scaledDown(QIODevice& source, int maxSide, QByteArray& format);

} // namespace Photos
