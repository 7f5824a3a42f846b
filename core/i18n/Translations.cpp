#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
QString g_current = QStringLiteral("en");
QTranslator* g_own = nullptr;
QTranslator* g_qt = nullptr;

QString systemLanguage()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        if (name.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}
} // namespace

QString Translations::install(const QString& language)
{
    QString code = language;
    if (code.isEmpty() || code == QLatin1String("system"))
        code = systemLanguage();
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
        // Qt's first: the translator installed last is asked first, so QualityLoop's own wins.
        g_qt = new QTranslator(QCoreApplication::instance());
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (g_qt->load(QStringLiteral("qtbase_") + code, qtDir))
            QCoreApplication::installTranslator(g_qt);
        else
            qWarning("Qt's own translation qtbase_%s.qm is not in %s: Qt's dialogs stay in English",
                     qPrintable(code), qPrintable(qtDir));
    }
    // English too: its catalog holds the plural forms ("1 day", "3 days").
    g_own = new QTranslator(QCoreApplication::instance());
    if (g_own->load(QStringLiteral(":/i18n/qualityloop_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(g_own);
    else
        qWarning("The translation qualityloop_%s.qm is not built into this program", qPrintable(code));
    QLocale::setDefault(code == QLatin1String("en") ? QLocale::system() : QLocale(code));
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

QPageSize::PageSizeId Translations::pageSize(const QLocale& locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}
