#pragma once

#include <QString>
#include <QTime>

// The daily backup of a database, as the administrator sets it (Administration > Settings).
struct BackupSettings
{
    QString folder; // empty: no daily backup
    int keep = 14; // how many daily backups are kept; older ones QualityLoop made are deleted
    QTime at; // not before this time of day; invalid: when the window first starts that day
};
