#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// The language one document is printed in, whatever the window's language. The document's
// translators are loaded privately and never installed in the application, so printing a
// Chinese sheet from an English window (or the reverse) leaves the window as it was.
//
// The catalog looked in is the program's own (":/i18n/qualityloop_<code>.qm", there when the
// program links the translations library).
class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QString& code = QStringLiteral("en"));

    const QString& code() const { return m_code; }
    bool isChinese() const { return m_code == QLatin1String("zh_CN"); }
    QLocale locale() const;
    // Like QCoreApplication::translate, but with this document's translators only.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;

    static QStringList available(); // "en", "zh_CN"
    static bool isAvailable(const QString& code);

    struct Catalogs; // the loaded translators of a language, shared by its documents

private:
    QString m_code;
    std::shared_ptr<const Catalogs> m_catalogs;
};
