#pragma once

#include <QString>
#include <QStringList>

// The program's languages: installs QualityLoop's own translation and Qt's (for Qt's dialogs)
// for the chosen language. Installing again switches the language at once: Qt sends every
// widget a LanguageChange event, and widgets retranslate themselves.
class Translations
{
public:
    // "" or "system" follows the system locale; otherwise a code such as "en" or "zh_CN".
    // Returns the language code actually in force.
    static QString install(const QString& language = {});
    static QString current();
    static QStringList available(); // "en", "zh_CN"
    static QString displayName(const QString& code); // in that language: "English", "简体中文"
};
