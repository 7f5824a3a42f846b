// ql_render_icon: renders the application's SVG icon to the raster files the installers need.
//
//   ql_render_icon INPUT.svg OUTPUT.png SIZE        one square PNG (the hicolor theme sizes)
//   ql_render_icon INPUT.svg OUTPUT.ico SIZE...     one Windows icon holding every size given
//
// It runs at build time, so that no generated picture is committed. It needs no display and no
// platform plugin: QSvgRenderer paints into a QImage with the raster engine only.

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// A 32-bit BMP image as stored inside an ICO file: a BITMAPINFOHEADER of twice the height, the
// colour rows bottom-up in BGRA order, then a 1-bit AND mask (all zero: the alpha channel rules).
QByteArray iconBitmap(const QImage& image)
{
    const int size = image.width();
    const int maskStride = ((size + 31) / 32) * 4;
    QByteArray out;
    appendLe32(out, 40); // biSize
    appendLe32(out, quint32(size)); // biWidth
    appendLe32(out, quint32(size * 2)); // biHeight: colour rows plus mask rows
    appendLe16(out, 1); // biPlanes
    appendLe16(out, 32); // biBitCount
    appendLe32(out, 0); // biCompression: BI_RGB
    appendLe32(out, quint32(size * size * 4 + maskStride * size)); // biSizeImage
    appendLe32(out, 0); // biXPelsPerMeter
    appendLe32(out, 0); // biYPelsPerMeter
    appendLe32(out, 0); // biClrUsed
    appendLe32(out, 0); // biClrImportant
    for (int y = size - 1; y >= 0; --y) {
        for (int x = 0; x < size; ++x) {
            const QRgb pixel = image.pixel(x, y);
            out.append(char(qBlue(pixel)));
            out.append(char(qGreen(pixel)));
            out.append(char(qRed(pixel)));
            out.append(char(qAlpha(pixel)));
        }
    }
    out.append(QByteArray(maskStride * size, '\0'));
    return out;
}

// Sizes below 256 as BMP, which every Windows version and NSIS read; 256 as PNG, as Windows
// Vista and later expect it.
QByteArray iconFile(QSvgRenderer& renderer, const QList<int>& sizes)
{
    QList<QByteArray> images;
    for (const int size : sizes) {
        const QImage image = render(renderer, size);
        if (size < 256) {
            images.append(iconBitmap(image));
        } else {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            images.append(png);
        }
    }

    QByteArray out;
    appendLe16(out, 0); // reserved
    appendLe16(out, 1); // type: icon
    appendLe16(out, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes.at(i);
        out.append(char(size >= 256 ? 0 : size)); // width, 0 meaning 256
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append('\0'); // colours in palette: none
        out.append('\0'); // reserved
        appendLe16(out, 1); // colour planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, quint32(images.at(i).size()));
        appendLe32(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray& image : images)
        out.append(image);
    return out;
}

int usage()
{
    std::fputs("usage: ql_render_icon INPUT.svg OUTPUT.png SIZE\n"
               "       ql_render_icon INPUT.svg OUTPUT.ico SIZE...\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 4)
        return usage();
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    const bool ico = output.endsWith(QLatin1String(".ico"), Qt::CaseInsensitive);
    const bool png = output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    if ((!ico && !png) || (png && argc != 4))
        return usage();

    QList<int> sizes;
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 256) {
            std::fprintf(stderr, "ql_render_icon: bad size '%s' (1 to 256)\n", argv[i]);
            return 2;
        }
        sizes.append(size);
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "ql_render_icon: cannot read SVG '%s'\n", argv[1]);
        return 1;
    }

    bool written = false;
    if (png) {
        written = render(renderer, sizes.constFirst()).save(output, "PNG");
    } else {
        QFile file(output);
        written = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(iconFile(renderer, sizes)) >= 0 && file.flush();
    }
    if (!written) {
        std::fprintf(stderr, "ql_render_icon: cannot write '%s'\n", argv[2]);
        return 1;
    }
    return 0;
}
