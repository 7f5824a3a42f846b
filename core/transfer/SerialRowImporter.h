#pragma once

#include "transfer/ListRowImporter.h"

#include <QHash>

// Serial numbers as delivery lists have them: each row names its model and the order, batch,
// customer and delivery date it went out with. The delivered batch (order and batch number) is
// found in the list of orders and batches or added there through ListService on its first row;
// a later row that gives the same batch another customer is refused.
class SerialRowImporter : public ListRowImporter
{
    Q_DECLARE_TR_FUNCTIONS(SerialRowImporter)
public:
    SerialRowImporter(QSqlDatabase db, const Clock& clock, const User& actor, const TransferKind& kind,
                      const ImportOptions& options);
    Outcome importRow(const RowValues& row) override;

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

    // The batches found or added so far in this import (it holds the write lock: nobody else adds any).
    QHash<QString, Batch> m_batches;
    QString m_addedKey; // the batch the current row added, forgotten again when the row fails
};
