#pragma once

#include <QString>
#include <QStringList>

// The fonts documents are printed with. Chinese needs a font the PDF can embed and whose
// characters extract correctly again: WenQuanYi Micro Hei (Debian: fonts-wqy-microhei), added
// to the application's fonts from its file when it is there. Needs a QGuiApplication.
class DocumentFonts
{
public:
    // The family to set for a document in that language; Latin text in Chinese documents
    // and Chinese names in English documents are covered too.
    static QString family(const QString& language);
    // The family list for QFont::setFamilies: the language's family, then the Chinese one.
    static QStringList families(const QString& language);
    static bool hasChineseFont();

private:
    static void registerFonts();
};
