#include "domain/Role.h"

#include "UserError.h"

#include <array>

namespace {
struct RoleCode
{
    Role role;
    const char* code;
};
constexpr std::array<RoleCode, 7> codes {{
    {Role::SalesClerk, "sales"},
    {Role::QualityEngineer, "quality"},
    {Role::Technician, "technician"},
    {Role::ResponsibleUnit, "unit"},
    {Role::Manager, "manager"},
    {Role::Office, "office"},
    {Role::Administrator, "admin"},
}};
} // namespace

QString Roles::code(Role role)
{
    for (const RoleCode& c : codes)
        if (c.role == role)
            return QString::fromLatin1(c.code);
    return {};
}

Role Roles::fromCode(const QString& code)
{
    for (const RoleCode& c : codes)
        if (code == QLatin1String(c.code))
            return c.role;
    throw UserError(
        tr("“%1” is not a role. Use one of: sales, quality, technician, unit, manager, office, admin.")
            .arg(code));
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::SalesClerk:
        return tr("Sales clerk");
    case Role::QualityEngineer:
        return tr("Quality engineer");
    case Role::Technician:
        return tr("Service technician");
    case Role::ResponsibleUnit:
        return tr("Responsible unit");
    case Role::Manager:
        return tr("Manager");
    case Role::Office:
        return tr("Office");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}
