#include "reports/DocumentFonts.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QMutex>
#include <QStringList>

namespace {
QMutex g_mutex;
bool g_registered = false;
QString g_chinese;
QString g_latin;

const char* const chineseFontFiles[] = {
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
};
} // namespace

void DocumentFonts::registerFonts()
{
    const QMutexLocker lock(&g_mutex);
    if (g_registered)
        return;
    g_registered = true;
    for (const char* file : chineseFontFiles) {
        const QString path = QString::fromLatin1(file);
        if (!QFileInfo::exists(path))
            continue;
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty()) {
            g_chinese = families.first();
            break;
        }
    }
    if (g_chinese.isEmpty() && QFontDatabase::families().contains(QStringLiteral("WenQuanYi Micro Hei")))
        g_chinese = QStringLiteral("WenQuanYi Micro Hei");
    for (const char* name : {"DejaVu Sans", "Liberation Sans", "Arial"}) {
        const QString family = QString::fromLatin1(name);
        if (QFontDatabase::hasFamily(family)) {
            g_latin = family;
            break;
        }
    }
}

QString DocumentFonts::family()
{
    registerFonts();
    return g_chinese.isEmpty() ? g_latin : g_chinese;
}

QStringList DocumentFonts::families()
{
    QStringList list {family()};
    for (const QString& other : {g_chinese, g_latin})
        if (!other.isEmpty() && !list.contains(other))
            list.append(other);
    return list;
}

QFont DocumentFonts::font(double points, bool bold)
{
    QFont f;
    f.setFamilies(families());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

bool DocumentFonts::hasChineseFont()
{
    registerFonts();
    return !g_chinese.isEmpty();
}
