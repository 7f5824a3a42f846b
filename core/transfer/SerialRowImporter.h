#pragma once

#include "transfer/CodeCache.h"
#include "transfer/ImportedKeys.h"
#include "transfer/ListRowImporter.h"

#include <QHash>

#include <optional>

class BulkStatement;

// Serial numbers as delivery lists have them: each row names its model and the order, batch,
// customer and delivery date it went out with. The delivered batch (order and batch number) is
// found in the list of orders and batches or added there through ListService on its first row;
// a later row that gives the same batch another customer is refused.
//
// Speed (issue 11, item 5: a delivery list of 100,000 serials): a row that is plainly good (a
// number of allowed length, an active model known by its code, no "active" = no, not in the
// database yet) is inserted with one prepared statement, the models being read once per import
// (CodeCache), and logged in the import's audit entries (ImportedKeys: who, when, which file,
// the ids and serial numbers, one audit row per 1,000). Any other row goes through ListService
// as a typed entry does (its own audit row), so every refusal and its words stay those of the
// lists.
class SerialRowImporter : public ListRowImporter
{
    Q_DECLARE_TR_FUNCTIONS(SerialRowImporter)
public:
    SerialRowImporter(QSqlDatabase db, const Clock& clock, const User& actor, const TransferKind& kind,
                      const ImportOptions& options);
    Outcome importRow(const RowValues& row) override;
    void finish() override;
    bool scopesOwnRows() const override { return true; }

protected:
    QVariantMap values(const RowValues& row) override;

private:
    struct Batch
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QString customerCode;
    };
    Batch batch(const RowValues& row, bool& added);
    // The key of the row's batch in m_batches: order and batch number.
    const QString& batchKey(const RowValues& row);
    // The batch of the row, refusing a batch that went to another customer.
    qint64 shipmentOf(const RowValues& row);
    // Adds a plainly good row in one statement (a new batch first, through ListService); nothing when the row
    // needs ListService (written nothing then).
    std::optional<Outcome> quickAdd(const RowValues& row);

    QSqlDatabase m_db;
    CodeCache m_models;
    int m_serialMaxLength = 0;
    ImportedKeys m_added; // the audit entries of the rows added here
    // The batches found or added so far in this import (it holds the write lock: nobody else adds any).
    QHash<QString, Batch> m_batches;
    QString m_addedKey; // the batch the current row added, forgotten again when the row fails
    BulkStatement& m_insert; // a new serial, nothing when its number is there already
    // The last batch key made, and the file's values it was made from.
    QString m_keyOrder;
    QString m_keyNumber;
    QString m_key;
    bool m_keyValid = false;
};
