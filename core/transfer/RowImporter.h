#pragma once

#include "transfer/ColumnMapping.h"
#include "transfer/CsvRecord.h"

#include <QHash>
#include <QString>

#include <vector>

// One record of the file as the kind's columns see it, through the column mapping: the value of
// a column with the spreadsheet guard taken away (CellGuard), or nothing when the file has no
// such column. A value is made text once per record, and not again when it has the same bytes
// as in the record before (delivery lists repeat model, order and date row after row).
class RowValues
{
public:
    RowValues(const TransferKind& kind, const ColumnMapping& mapping);
    void setRecord(const CsvRecord* record);
    int line() const { return m_record->line(); }
    bool has(const QString& column) const { return m_index.value(column, -1) >= 0; }
    QString value(const QString& column) const;

private:
    struct Value
    {
        QByteArray bytes; // as in the file
        QString text; // unguarded
        quint64 record = 0; // the record it was read for
    };
    QHash<QString, int> m_index; // kind column -> file column
    const CsvRecord* m_record = nullptr;
    quint64 m_records = 0; // records set so far
    mutable std::vector<Value> m_values; // by file column
};

// Imports the rows of one kind, one at a time, inside the import's transaction and the row's
// savepoint (ImportService). A bad row throws UserError whose fieldErrors are keyed by the
// kind's column names; what the row wrote is then rolled back by the caller.
class RowImporter
{
public:
    enum class Outcome
    {
        Added,
        Updated,
        Unchanged,
    };
    virtual ~RowImporter() = default;
    // What names the row's entry within a file ("" when the row names none), so an entry is
    // imported once: the second row with the same key is refused.
    virtual QString fileKey(const RowValues& row) const = 0;
    virtual Outcome importRow(const RowValues& row) = 0;
    // True when importRow() itself makes sure that a refused row leaves nothing written (its
    // own savepoint where needed); otherwise the import puts each row in a savepoint, which
    // costs a copy of every page the row changes.
    virtual bool scopesOwnRows() const { return false; }
    // After the last row, inside the transaction (the search index of new cases).
    virtual void finish() { }
};
