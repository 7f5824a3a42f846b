#pragma once

#include "db/DatabaseError.h"

#include <QCoreApplication>

// The message for a damaged database file names the newest backup of it this PC knows of (its
// date and path), found without reading the database (BackupCatalog), so the person can restore
// it at once.
class DamageAdvice
{
    Q_DECLARE_TR_FUNCTIONS(DamageAdvice)
public:
    // The same error, its message completed with the newest backup when there is one.
    static DatabaseError withNewestBackup(const DatabaseError& error, const QString& databasePath);
    // "2026-11-20 08:30" in this PC's time: how a backup's time is shown everywhere.
    static QString timeText(const QDateTime& madeAt);
};
