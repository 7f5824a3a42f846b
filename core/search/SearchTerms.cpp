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
    BulkStatement terms(
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
