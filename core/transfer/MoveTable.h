#pragma once

#include <QString>
#include <QStringList>

// One table of the schema as `qualityloop-cli migrate` copies it (OfficeMove): its columns as
// the server holds them (the generated ones left out: the server makes them), the key its rows
// are read in, and whether an identity id must be moved past the copied rows.
struct MoveTable
{
    QString name;
    QStringList columns; // to write on the server, in the server's order
    QStringList sourceColumns; // the same columns as the file is read ("rowid" for an FTS table's id)
    QStringList key; // the primary key's columns
    QList<bool> keyIsText; // read in byte order on both engines (COLLATE "C" on the server)
    bool hasIdentity = false; // an id the server numbers itself: its sequence is set after the copy
    // What the output says about a table that is not copied as it is in the file, else empty.
    QString note;
};
