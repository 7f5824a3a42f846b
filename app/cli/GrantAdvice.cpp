#include "GrantAdvice.h"

#include "db/ServerAddress.h"

QString GrantAdvice::nextStep(const QString& ownerAddress)
{
    const ServerAddress owner = ServerAddress::parse(ownerAddress);
    const QString database = QStringLiteral("%1:%2/%3").arg(owner.host).arg(owner.port).arg(owner.database);
    return tr("Next, once, as the owner: psql \"%1\" -c \"SELECT qualityloop_grant('qualityloop_users')\" "
              "gives the clerks' server logins (the group qualityloop_users) their rights; then each PC "
              "opens postgresql://LOGIN@%2 with its own login (README “A shared office”).")
        .arg(owner.text(), database);
}
