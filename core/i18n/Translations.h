#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

// The program's languages: installs QualityLoop's own translation and Qt's (for Qt's dialogs)
// for the chosen language. Installing again switches the language at once: Qt sends every
// widget a LanguageChange event, and widgets retranslate themselves.
//
// The translations are built from translations/qualityloop_<code>.ts into the resource
// ":/i18n/qualityloop_<code>.qm" of the qualityloop_i18n library, which the program must link.
// Qt's own come from Qt's translations folder (qtbase_<code>.qm, package qt6-translations-l10n).
class Translations
{
public:
    // "" or "system" follows the system locale; otherwise a code such as "en" or "zh_CN".
    // Also makes the language's locale the default one (QLocale::setDefault), so dates and
    // numbers follow it; English keeps the system's locale for them.
    // Returns the language code actually in force.
    static QString install(const QString& language = {});
    static QString current();
    static QStringList available(); // "en", "zh_CN"
    static QString displayName(const QString& code); // in that language: "English", "简体中文"
    // The paper size of a locale: Letter where US customary units are used, A4 elsewhere.
    static QPageSize::PageSizeId pageSize(const QLocale& locale = QLocale());
};
