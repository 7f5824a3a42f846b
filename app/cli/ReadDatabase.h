#pragma once

#include "db/Database.h"

#include <QCoreApplication>
#include <QString>

// A database opened by a command that only reads it (cases, print, export, attachments, callbacks,
// actions): read-only, never made, never brought up to date. A database of an older version is
// refused in words that say so and who runs which `qualityloop-cli upgrade` (on a server, a clerk
// reads the window's words naming the owner); one of a newer version is refused as by every
// program. Before, such a command ran on the older tables and failed on the first missing column
// in the server's or SQLite's own words, or showed what the older tables held.
class ReadDatabase : public Database
{
    Q_DECLARE_TR_FUNCTIONS(ReadDatabase)
public:
    // Throws DatabaseError when the database cannot be read, or is of an older version.
    explicit ReadDatabase(const QString& path);
    // The options it opens with: also for `check`, which reads a database of any version.
    static Database::Options options();
    // Empty for a database of this version; else what olderness means and how to end it.
    static QString older(const Database& db);
};
