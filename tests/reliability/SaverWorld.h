#pragma once

#include "domain/User.h"
#include "domain/WorkflowInputs.h"

#include <QSqlDatabase>
#include <QString>

// The smallest real QualityLoop database on which a clerk can log a case: made the way a new
// installation makes one (core's Database applies every migration), with an administrator and
// a sales clerk (UserService, real password hashes), one customer and one product model.
// The saving processes and the tests that check their work share it.
class SaverWorld
{
public:
    // Makes the database at path; the file must not exist yet.
    static void create(const QString& path);
    // The sales clerk and the intake of a case, read back from an open database.
    static SaverWorld find(const QSqlDatabase& db);

    User clerk;
    IntakeData intake;
};
