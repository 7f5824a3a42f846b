#pragma once

#include <QCoreApplication>
#include <QString>

// The step after `init` or `migrate` on a server, in one line (README "A shared office"): the
// clerks' server logins get their rights from qualityloop_grant, run once as the owner, and each
// PC then opens the database with its own login, not the owner's.
class GrantAdvice
{
    Q_DECLARE_TR_FUNCTIONS(GrantAdvice)
public:
    // ownerAddress: the address init or migrate ran with (the owner's login).
    static QString nextStep(const QString& ownerAddress);
};
