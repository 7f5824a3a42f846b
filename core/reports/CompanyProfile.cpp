#include "reports/CompanyProfile.h"

#include "admin/SettingsService.h"

#include <QFileInfo>

CompanyProfile CompanyProfile::load(const QSqlDatabase& db)
{
    const CompanySettings settings = SettingsService(db).company();
    return {settings.name.trimmed(), settings.address.trimmed(), decodeLogo(settings.logo.trimmed()),
            settings.feedbackSheetFormCode.trimmed()};
}

QImage CompanyProfile::decodeLogo(const QString& setting)
{
    if (setting.isEmpty())
        return {};
    const QLatin1String dataPrefix("data:");
    if (setting.startsWith(dataPrefix)) {
        const qsizetype comma = setting.indexOf(u',');
        if (comma < 0)
            return {};
        return QImage::fromData(QByteArray::fromBase64(setting.mid(comma + 1).toLatin1()));
    }
    if (!QFileInfo(setting).isFile())
        return {};
    return QImage(setting);
}
