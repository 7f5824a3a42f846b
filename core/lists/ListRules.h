#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QString>

struct ListSpec;

// Who may change the company's lists: administrators and the office. Sales may add a customer
// and its contact during a call (CustomerCall), and nothing else; everyone may read the lists.
class ListRules
{
    Q_DECLARE_TR_FUNCTIONS(ListRules)
public:
    static bool mayChange(const User& user);
    static bool mayAddDuringCall(const User& user);
    // Empty when allowed; otherwise the reason in a clerk's words.
    static QString refusal(const User& user, const ListSpec& spec);
    static QString callRefusal(const User& user);
};
