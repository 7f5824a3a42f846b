#pragma once

#include "transfer/TransferKind.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

struct ImportProblem;

// Which column of the kind each column of a file fills, by position in the file. Made from the
// header line: a header matches a column by its name ("serial_no"), its English label ("Serial
// no.") or its label in the language the program runs in ("出厂编号"), ignoring case, spaces and
// underscores. The window lets a person change any of them, or ignore a column of the file.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    static constexpr const char* ignored = "";

    ColumnMapping() = default;
    static ColumnMapping fromHeader(const TransferKind& kind, const QStringList& header);

    int size() const { return static_cast<int>(m_targets.size()); }
    // The kind's column name the file's column fills; empty: not used.
    QString target(int fileColumn) const { return m_targets.value(fileColumn); }
    void setTarget(int fileColumn, const QString& columnName);
    // The file's column a kind's column is read from, or -1.
    int fileColumn(const QString& columnName) const;
    // A file column left out on purpose (the window's "do not import"): not an unknown column.
    void setIgnored(int fileColumn, bool ignored);
    bool isIgnored(int fileColumn) const { return m_ignored.value(fileColumn); }

    // What stops the file from being read: a header the kind does not know (unless ignored), a
    // required column missing, two file columns for one column. Line 1, named by the header.
    QList<ImportProblem> problems(const TransferKind& kind, const QStringList& header) const;
    // How a header is compared: lower case, no spaces, underscores, dots or hyphens.
    static QString folded(const QString& text);

private:
    QStringList m_targets;
    QList<bool> m_ignored;
};
