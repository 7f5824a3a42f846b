#pragma once

#include "domain/Role.h"

#include <QString>

// A signed-in person. unitId names the responsible unit of a unit member;
// technicianId links a technician's account to the technician record. A deactivated user
// (active false) cannot sign in but stays named in the cases and the audit log; after an
// administrator's reset, mustChangePassword asks the user for a password of their own.
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::SalesClerk;
    qint64 unitId = 0;
    qint64 technicianId = 0;
    bool active = true;
    bool mustChangePassword = false;
};
