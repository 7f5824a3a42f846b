#pragma once

#include <QSqlDatabase>

#include <functional>

// The last step of `qualityloop-cli migrate` (OfficeMove), after the copy was compared with the
// file: the search index's text (case_search.body), copied as SQLite stores it, is written again
// the way the server's own save writes it (SearchIndex: the case's texts folded to lower case and
// without accents, since the server's 'simple' configuration only lowercases and a search folds
// what is typed; its terms added to search_terms), so "muller" and "Müller" find a moved
// "Müller". Every moved row, in batches of ids in key order, inside the move's transaction.
namespace MoveReindex {

// progress(done, total) before the first batch and after each; returns the rows indexed again.
qint64 run(const QSqlDatabase& server, const std::function<void(qint64 done, qint64 total)>& progress = {});

} // namespace MoveReindex
