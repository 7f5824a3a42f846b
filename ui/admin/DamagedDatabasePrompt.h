#pragma once

#include "db/DatabaseError.h"

#include <QCoreApplication>

class QWidget;

// When the database cannot be opened because it is damaged and this PC knows a backup of it,
// the window says so and offers to restore that backup right there (BackupActions::restoreFile).
class DamagedDatabasePrompt
{
    Q_DECLARE_TR_FUNCTIONS(DamagedDatabasePrompt)
public:
    // message: why the file cannot be opened (it names the backup). True when the backup was
    // restored and the file can be opened again; false when the person chose to close.
    static bool offerRestore(QWidget* parent, const QString& message, const DatabaseError::Backup& newest);
};
