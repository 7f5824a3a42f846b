#pragma once

#include "Clock.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>

struct ListSpec;

// Adds, changes, deactivates and reactivates the entries of the company's lists (ListSpecs):
// checked by ListValidator, allowed to administrators and the office (ListRules), every change
// in the audit log with who, when, the old and the new value (case_id NULL, entity = the table).
// Nothing a case uses is ever deleted: an entry is deactivated, so it is no longer offered for
// new cases and old cases still show it.
//
// An import calls add() or edit() row by row inside its own Transaction: each call is then a
// savepoint (a refused row takes back only itself), statements stay prepared, and with
// setOneAuditRowPerCreate() a new entry costs one audit row instead of one per field.
class ListService
{
    Q_DECLARE_TR_FUNCTIONS(ListService)
public:
    ListService(QSqlDatabase db, const Clock& clock);

    // Returns the new entry's id. values: field key -> value (see ListValidator for the forms
    // a value may take); a Generated code left empty is given the next free one.
    qint64 add(const User& actor, const QString& listId, const QVariantMap& values);
    // Changes the fields given (others keep their value); returns how many fields changed.
    int edit(const User& actor, const QString& listId, qint64 id, const QVariantMap& values);
    void setActive(const User& actor, const QString& listId, qint64 id, bool active);

    // Every field of the entry as ListValidator returns them, and "active"; empty when unknown.
    QVariantMap load(const QString& listId, qint64 id) const;
    // The entry with this code (the list's key field), or 0.
    qint64 findId(const QString& listId, const QString& code) const;
    // The entry whose fields have these values (say order_no and batch_no), or 0.
    qint64 findId(const QString& listId, const QVariantMap& fields) const;
    bool isUsed(const QString& listId, qint64 id) const;
    // importedFrom: the file an import reads, named in each new entry's audit row.
    void setOneAuditRowPerCreate(bool on, const QString& importedFrom = {})
    {
        m_oneAuditRowPerCreate = on;
        m_importedFrom = importedFrom;
    }

private:
    friend class CustomerCall; // Sales adds a customer during a call
    qint64 insert(const User& actor, const ListSpec& spec, QVariantMap values);
    QString nextCode(const ListSpec& spec) const;
    QVariantList members(const ListSpec& spec, const QString& key, qint64 id) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    bool m_oneAuditRowPerCreate = false;
    QString m_importedFrom;
};
