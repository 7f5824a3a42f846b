#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

struct ListSpec;

// The codes of one list (models, customers, grades...) read once per import into a hash, in
// pages by id (keyset), so that a file of 100,000 rows naming a model each pays for a hash
// lookup per row instead of a query. The import holds the write lock: nobody else changes the
// list meanwhile; an entry the import itself adds is put in with add().
class CodeCache
{
public:
    struct Entry
    {
        qint64 id = 0;
        bool active = true;
    };

    CodeCache(const QSqlDatabase& db, const ListSpec& spec);
    // The entry with this code (as stored, trimmed), or nullptr.
    const Entry* find(const QString& code) const;
    void add(const QString& code, Entry entry) { m_entries.insert(code, entry); }
    qsizetype size() const { return m_entries.size(); }

private:
    QHash<QString, Entry> m_entries;
};
