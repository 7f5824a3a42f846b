#include "reports/DocumentLanguage.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <vector>

struct DocumentLanguage::Catalogs
{
    std::vector<std::unique_ptr<QTranslator>> translators;
};

namespace {
QMutex g_mutex;
QHash<QString, std::shared_ptr<const DocumentLanguage::Catalogs>>& loaded()
{
    static QHash<QString, std::shared_ptr<const DocumentLanguage::Catalogs>> cache;
    return cache;
}
} // namespace

DocumentLanguage::DocumentLanguage(const QString& code)
    : m_code(isAvailable(code) ? code : QStringLiteral("en"))
{
    const QMutexLocker lock(&g_mutex);
    auto& cache = loaded();
    const auto found = cache.constFind(m_code);
    if (found != cache.cend()) {
        m_catalogs = found.value();
        return;
    }
    auto catalogs = std::make_shared<Catalogs>();
    // English too: its catalog holds the plural forms ("1 day", "3 days").
    const QString file = QStringLiteral(":/i18n/qualityloop_") + m_code + QStringLiteral(".qm");
    auto translator = std::make_unique<QTranslator>();
    if (QFileInfo::exists(file) && translator->load(file))
        catalogs->translators.push_back(std::move(translator));
    m_catalogs = catalogs;
    cache.insert(m_code, m_catalogs);
}

QLocale DocumentLanguage::locale() const
{
    return isChinese() ? QLocale(QLocale::Chinese, QLocale::China)
                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString DocumentLanguage::translate(const char* context, const char* source, const char* disambiguation,
                                    int n) const
{
    QString text;
    for (const auto& translator : m_catalogs->translators) {
        text = translator->translate(context, source, disambiguation, n);
        if (!text.isEmpty())
            break;
    }
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), locale().toString(n));
    return text;
}

QStringList DocumentLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

bool DocumentLanguage::isAvailable(const QString& code)
{
    return available().contains(code);
}
