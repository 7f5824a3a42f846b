#include "common/ChannelNames.h"

QStringList ChannelNames::codes()
{
    return {QStringLiteral("phone"), QStringLiteral("visit"), QStringLiteral("letter"),
            QStringLiteral("email"), QStringLiteral("onsite")};
}

QString ChannelNames::name(const QString& code)
{
    if (code == QLatin1String("phone"))
        return tr("Phone");
    if (code == QLatin1String("visit"))
        return tr("Visit");
    if (code == QLatin1String("letter"))
        return tr("Letter");
    if (code == QLatin1String("email"))
        return tr("E-mail");
    if (code == QLatin1String("onsite"))
        return tr("On site");
    return code;
}
