#pragma once

#include <QCoreApplication>
#include <QString>

// The people of DOMAIN.md, each with what the product lets them do.
enum class Role
{
    SalesClerk, // Sales / Marketing Department (000 2.1)
    QualityEngineer, // Quality Department (000 2.2)
    Technician, // after-sales service personnel (000 3.1, 3.2)
    ResponsibleUnit, // R&D, Manufacturing, Purchasing, ... (000 3.3.2)
    Manager, // general manager, business managers (000 3.4.4)
    Office, // training records (000 2.3)
    Administrator,
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QString code(Role role);
    static Role fromCode(const QString& code); // throws UserError for an unknown code
    static QString displayName(Role role);
};
