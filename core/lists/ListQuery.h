#pragma once

#include "reference/ReferenceTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

struct ListSpec;

// What the table of a list shows and how it is narrowed and sorted.
struct ListFilter
{
    QString search; // words as typed: found anywhere in the searchable fields, or at the start of a number
    QString sortKey; // a Sortable field (empty: the list's default)
    bool descending = false;
    bool includeInactive = false;
    qint64 parentId = 0; // a child list: only the entries of this parent (-1: of none yet)
    QString onlyFlag; // a yes/no field that must be yes ("needs_completion": customers to complete)
};

// Where a page starts: after the row with this sort value and id (keyset; the first page has none).
struct ListCursor
{
    QVariant sortValue;
    qint64 id = 0;
    bool isStart() const { return id == 0; }
};

struct ListRow
{
    qint64 id = 0;
    bool active = true;
    QStringList cells; // one per column, as shown
    ListCursor cursor; // the cursor that starts the page after this row
};

struct ListColumnInfo
{
    QString key; // field key, or empty for a column read from elsewhere
    QString title; // translated
    bool sortable = false;
};

// Reads a list a page at a time by keyset (sort value and id after the last row seen): the
// cost of a page does not grow with the size of the list, so the hundreds of thousands of
// serial numbers page as fast as the twelve grades. Never OFFSET, never the whole table.
class ListQuery
{
    Q_DECLARE_TR_FUNCTIONS(ListQuery)
public:
    ListQuery(QSqlDatabase db, const ListSpec& spec);

    const ListSpec& spec() const { return m_spec; }
    // Entries named by their Chinese names where they have one ("zh_CN"), as the window reads.
    void setDisplayLanguage(const QString& code) { m_chinese = code.startsWith(QLatin1String("zh")); }
    QList<ListColumnInfo> columns() const;
    QList<ListRow> page(const ListFilter& filter, const ListCursor& after, int limit) const;
    qint64 count(const ListFilter& filter) const;
    // Active entries whose shown name contains the text, for pickers: id, code (key field), name shown.
    QList<NamedItem> pick(const QString& containing, int limit, qint64 parentId = 0) const;
    QString display(qint64 id) const;

private:
    QString where(const ListFilter& filter, QVariantList& binds) const;
    QString sortExpression(const QString& key) const;
    QString binaryText() const; // COLLATE "C" on a server: text in SQLite's order
    QString cellExpression(const struct ListField& f) const;

    QSqlDatabase m_db;
    const ListSpec& m_spec;
    bool m_chinese = false;
};
