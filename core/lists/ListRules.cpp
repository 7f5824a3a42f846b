#include "lists/ListRules.h"

#include "lists/ListSpec.h"

bool ListRules::mayChange(const User& user)
{
    return user.id > 0 && (user.role == Role::Administrator || user.role == Role::Office);
}

bool ListRules::mayAddDuringCall(const User& user)
{
    return mayChange(user) || (user.id > 0 && user.role == Role::SalesClerk);
}

QString ListRules::refusal(const User& user, const ListSpec& spec)
{
    if (mayChange(user))
        return {};
    return tr("Only the office or an administrator can change the list “%1”. Ask them to add or correct "
              "the entry.")
        .arg(spec.titleText());
}

QString ListRules::callRefusal(const User& user)
{
    if (mayAddDuringCall(user))
        return {};
    return tr("Only Sales, the office or an administrator can add a customer during a call.");
}
