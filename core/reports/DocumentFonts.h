#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

// The fonts documents are printed with. Chinese needs a font the PDF can embed and whose
// characters extract correctly again: WenQuanYi Micro Hei (Debian: fonts-wqy-microhei), added
// to the application's fonts from its file when it is there. Needs a QGuiApplication.
//
// Documents in both languages are printed in that one face, headings in its synthesized bold:
// Qt embeds each face a PDF uses, at the cost of a scan of the face's whole character map (about
// 5 ms each), and an English sheet naming a Chinese customer used three (DejaVu Sans, its bold,
// WenQuanYi). The Latin family follows for the rare character WenQuanYi lacks, and stands in
// when WenQuanYi is not installed.
class DocumentFonts
{
public:
    // The family documents are printed in, whatever their language.
    static QString family();
    // The family list for QFont::setFamilies: that family, then the other one.
    static QStringList families();
    // A font of that family list, unhinted: hinting runs each glyph's TrueType program for a
    // grid the PDF does not have, and costs a millisecond or more a document.
    static QFont font(double points, bool bold = false);
    static bool hasChineseFont();

private:
    static void registerFonts();
};
