#pragma once

#include "domain/User.h"
#include "loops/LoopStep.h"

#include <QCoreApplication>
#include <QString>

// Who may do which step of the customer loops. The window asks the same rules to decide what
// to offer, and the loops' services enforce them on every call; the state of each record is
// checked by its service.
class LoopRules
{
    Q_DECLARE_TR_FUNCTIONS(LoopRules)
public:
    // Empty when allowed; otherwise the reason in a clerk's words.
    static QString roleRefusal(const User& user, LoopStep step);
    static bool mayDo(const User& user, LoopStep step) { return roleRefusal(user, step).isEmpty(); }
    // Throws UserError with the refusal.
    static void require(const User& user, LoopStep step);
};
