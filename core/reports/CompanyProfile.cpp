#include "reports/CompanyProfile.h"

#include "db/Sql.h"

#include <QFileInfo>

CompanyProfile CompanyProfile::load(const QSqlDatabase& db)
{
    CompanyProfile profile;
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                           "('company.name', 'company.address', 'company.logo')"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("company.name"))
            profile.name = value.trimmed();
        else if (key == QLatin1String("company.address"))
            profile.address = value.trimmed();
        else
            profile.logo = decodeLogo(value.trimmed());
    }
    return profile;
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
