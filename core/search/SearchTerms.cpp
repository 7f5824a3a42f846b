#include "search/SearchTerms.h"

#include "db/BulkStatement.h"
#include "db/Sql.h"

#include <QSet>

namespace SearchTerms {

QString fold(const QString& token)
{
    const QString decomposed = token.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out;
}

void add(const QSqlDatabase& db, const QString& body)
{
    if (Sql::isServer(db)) {
        // One statement for all the terms (a round trip each would be 30 for a case), in sorted
        // order so that two saves adding the same new terms wait for each other, never deadlock.
        QSet<QString> terms;
        for (const QString& token : body.split(QChar::Space, Qt::SkipEmptyParts))
            terms.insert(fold(token));
        QStringList sorted(terms.cbegin(), terms.cend());
        if (sorted.isEmpty())
            return;
        sorted.sort();
        QStringList rows;
        QVariantList binds;
        for (const QString& term : sorted) {
            rows.append(QStringLiteral("(?)"));
            binds.append(term);
        }
        Sql::exec(db,
                  QStringLiteral("INSERT INTO search_terms(term) VALUES %1 ON CONFLICT DO NOTHING")
                      .arg(rows.join(u',')),
                  binds);
        return;
    }
    BulkStatement insert(db,
                         QStringLiteral("INSERT INTO search_terms(term) VALUES (?) ON CONFLICT DO NOTHING"));
    QSet<QString> seen;
    for (const QString& token : body.split(QChar::Space, Qt::SkipEmptyParts)) {
        const QString term = fold(token);
        if (!seen.contains(term)) {
            seen.insert(term);
            insert.bind(1, term).run();
        }
    }
}

QStringList expand(const QSqlDatabase& db, const QString& prefix, int max)
{
    const QString from = fold(prefix);
    if (from.isEmpty())
        return {};
    // Every term t with from <= t < from + U+10FFFF starts with from (the server's column is
    // in C order, migration pg/006, as SQLite's BINARY).
    // Kept prepared per connection: on a server a statement made for each search would cost a
    // PREPARE and a DEALLOCATE round trip more.
    BulkStatement& terms = Sql::prepared(
        db,
        QStringLiteral("SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"));
    terms.bind(1, from).bind(2, from + QString::fromUcs4(U"\U0010FFFF", 1)).bind(3, qint64(max) + 1);
    QStringList out;
    while (terms.next())
        out.append(terms.textValue(0));
    return out.size() > max ? QStringList() : out;
}

std::function<QStringList(const QString&)> expander(const QSqlDatabase& db)
{
    return [db](const QString& prefix) { return expand(db, prefix); };
}

} // namespace SearchTerms
