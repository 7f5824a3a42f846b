#pragma once

#include "db/DatabaseError.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

// What may take long before the window can open a database, done off the GUI thread with a
// progress dialog (BackgroundTask): opening the file the first time (checks, migrations, a
// search index to rebuild) and filling a new demonstration database with sample cases. The
// work opens its own connection on the worker thread and closes it before returning; the
// window then opens the prepared file in an instant.
class DatabasePreparer
{
    Q_DECLARE_TR_FUNCTIONS(DatabasePreparer)
public:
    // demoCases > 0: the file is new and gets that many sample cases. Returns an empty string
    // when the file is ready, else what went wrong in words. *damaged gets the newest backup this
    // PC knows of when the file is damaged (DatabaseError::newestBackup), to offer it.
    static QString prepare(QWidget* parent, const QString& path, qint64 demoCases = 0, int delayMs = 400,
                           DatabaseError::Backup* damaged = nullptr);
};
