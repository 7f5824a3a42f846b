#include "common/Palette.h"

bool Palette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor Palette::error(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

QColor Palette::overdue(const QPalette& palette)
{
    return error(palette);
}

QColor Palette::dueSoon(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

QColor Palette::onTime(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
}

QColor Palette::deadline(const QPalette& palette, const QDateTime& dueAt, const QDateTime& now)
{
    if (!dueAt.isValid())
        return {};
    if (dueAt < now)
        return overdue(palette);
    if (dueAt < now.addSecs(24 * 3600))
        return dueSoon(palette);
    return onTime(palette);
}
