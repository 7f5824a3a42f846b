#pragma once

#include "UserError.h"
#include "lists/ListService.h"
#include "transfer/ImportOptions.h"
#include "transfer/RowImporter.h"

#include <QCoreApplication>

struct ListSpec;

// The rows of a list kind (customers, contacts, models, agencies, technicians), each added or
// updated through ListService: the same checks, rights and audit rows as an entry typed in the
// lists window; a new entry's audit row names the file it came from. A row whose key (code) is
// already in the list updates that entry or is refused (ImportOptions::onExisting); its
// "active" column deactivates or reactivates the entry.
class ListRowImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(ListRowImporter)
public:
    ListRowImporter(QSqlDatabase db, const Clock& clock, const User& actor, const TransferKind& kind,
                    const ImportOptions& options);

    QString fileKey(const RowValues& row) const override;
    Outcome importRow(const RowValues& row) override;

protected:
    // The values for ListService, field key -> the file's text; a kind may add to them.
    virtual QVariantMap values(const RowValues& row);
    // The entry the row names when it is already in the list, or 0.
    virtual qint64 existing(const RowValues& row) const;
    // Turns a ListService refusal keyed by fields into one keyed by this kind's columns.
    [[noreturn]] void refuse(const UserError& error) const;

    ListService m_lists;
    User m_actor;
    const TransferKind& m_kind;
    const ListSpec& m_spec;
    ImportOptions m_options;
};
