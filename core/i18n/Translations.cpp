#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QString g_current = QStringLiteral("en");
QTranslator* g_own = nullptr;
QTranslator* g_qt = nullptr;
} // namespace

QString Translations::install(const QString& language)
{
    QString code = language;
    if (code.isEmpty() || code == QLatin1String("system"))
        code = QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (!available().contains(code))
        code = QStringLiteral("en");
    for (QTranslator** t : {&g_own, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (code != QLatin1String("en")) {
        g_own = new QTranslator(QCoreApplication::instance());
        if (g_own->load(QStringLiteral(":/i18n/qualityloop_") + code + QStringLiteral(".qm")))
            QCoreApplication::installTranslator(g_own);
        g_qt = new QTranslator(QCoreApplication::instance());
        if (g_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
    }
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QLocale::system().name() : code));
    g_current = code;
    return code;
}

QString Translations::current()
{
    return g_current;
}

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::displayName(const QString& code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}
