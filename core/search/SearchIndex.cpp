#include "search/SearchIndex.h"

#include "db/BulkStatement.h"
#include "db/Dialect.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "search/SearchTerms.h"
#include "search/SearchText.h"

#include <QSet>
#include <QSqlError>

namespace {

QString textSelect(const QSqlDatabase& db)
{
    return QStringLiteral("SELECT c.id, c.number, cu.name, c.contact_name, m.code, m.name, c.serial_no, "
                          "c.batch_no, c.order_no, c.symptom, c.customer_request, c.site_address, "
                          "c.verification, c.analysis, c.temporary_measures, c.disposal_suggestion, "
                          "c.problem_summary, c.treatment_result, "
                          "(SELECT %1 FROM visits v WHERE v.case_id = c.id) "
                          "FROM cases c JOIN customers cu ON cu.id = c.customer_id "
                          "LEFT JOIN product_models m ON m.id = c.model_id ")
        .arg(Dialect::groupConcat(db,
                                  QStringLiteral("v.remarks || ' ' || v.feedback || ' ' || v.product_use"),
                                  QStringLiteral("' '")));
}

QString insertSql(const QSqlDatabase& db)
{
    return QStringLiteral("INSERT INTO case_search(%1, body) VALUES (?, ?)").arg(Dialect::searchKey(db));
}

// On a server the index holds the text folded as SearchTerms::fold (lower case, no accents), as
// the unicode61 tokenizer folds it on a file: the server's 'simple' configuration only lowercases.
QString stored(bool server, const QString& body)
{
    return server ? SearchTerms::fold(body) : body;
}

QString bodyOf(const QSqlQuery& row, bool server)
{
    QStringList parts;
    for (int i = 1; i <= 18; ++i)
        parts.append(row.value(i).toString());
    return stored(server, SearchText::indexText(parts));
}

} // namespace

void SearchIndex::reindexCase(const QSqlDatabase& db, qint64 caseId)
{
    QSqlQuery row = Sql::exec(db, textSelect(db) + QStringLiteral("WHERE c.id = ?"), {caseId});
    if (!row.next())
        return;
    const QString body = bodyOf(row, Sql::isServer(db));
    row.finish();
    if (Sql::isServer(db)) {
        Sql::exec(db,
                  QStringLiteral("INSERT INTO case_search(id, body) VALUES (?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET body = excluded.body"),
                  {caseId, body});
    } else {
        Sql::exec(db, QStringLiteral("DELETE FROM case_search WHERE rowid = ?"), {caseId});
        Sql::exec(db, insertSql(db), {caseId, body});
    }
    SearchTerms::add(db, body);
}

void SearchIndex::indexCases(const QSqlDatabase& db, const QList<qint64>& caseIds)
{
    if (caseIds.isEmpty())
        return;
    BulkStatement& read = Sql::prepared(db, textSelect(db) + QStringLiteral("WHERE c.id = ?"));
    BulkStatement& insert = Sql::prepared(db, insertSql(db));
    QSet<QString> tokens;
    const bool server = Sql::isServer(db);
    for (const qint64 id : caseIds) {
        read.bind(1, id);
        if (!read.next())
            continue;
        QStringList parts;
        for (int i = 1; i <= 18; ++i)
            parts.append(read.textValue(i));
        read.reset();
        const QString body = stored(server, SearchText::indexText(parts));
        insert.bind(1, id).bind(2, body).run();
        for (const QString& token : body.split(QChar::Space, Qt::SkipEmptyParts))
            tokens.insert(token);
    }
    SearchTerms::add(db, QStringList(tokens.cbegin(), tokens.cend()).join(QChar::Space));
}

void SearchIndex::rebuild(const QSqlDatabase& db, const std::function<void(qint64)>& progress)
{
    Transaction transaction(db);
    Sql::exec(db, QStringLiteral("DELETE FROM case_search"));
    QSqlQuery rows = Sql::exec(db, textSelect(db) + QStringLiteral("ORDER BY c.id"));
    QSqlQuery insert(db);
    insert.prepare(insertSql(db));
    qint64 done = 0;
    const bool server = Sql::isServer(db);
    while (rows.next()) {
        insert.bindValue(0, rows.value(0));
        insert.bindValue(1, bodyOf(rows, server));
        if (!insert.exec())
            Sql::raise(insert.lastError(), QStringLiteral("search index"));
        if (progress && ++done % 10000 == 0)
            progress(done);
    }
    rows.finish();
    if (server) {
        // The vocabulary from the server's own index of the folded text.
        Sql::exec(db,
                  QStringLiteral("INSERT INTO search_terms(term) SELECT word FROM "
                                 "ts_stat('SELECT tokens FROM case_search') ON CONFLICT DO NOTHING"));
        transaction.commit();
        return;
    }
    // The vocabulary for prefix search (SearchTerms), as the tokenizer folded it, in one pass.
    Sql::exec(db,
              QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_search_vocabulary "
                             "USING fts5vocab(main, case_search, 'row')"));
    Sql::exec(db,
              QStringLiteral("INSERT OR IGNORE INTO search_terms(term) SELECT term FROM "
                             "temp.case_search_vocabulary"));
    Sql::exec(db, QStringLiteral("DROP TABLE temp.case_search_vocabulary"));
    transaction.commit();
}
