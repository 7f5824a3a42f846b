#pragma once

#include <QSqlDatabase>

#include <functional>

// The last step of `qualityloop-cli migrate` (OfficeMove), after the copy was compared with the
// file: the search index's text (case_search.body), copied as SQLite stores it (SearchText's text
// of the case as written), is stored again as the server's own save stores that same text
// (SearchIndex: folded as SearchTerms::fold, lower case and without accents, since the server's
// 'simple' configuration only lowercases and a search folds what is typed), so "muller" and
// "Müller" find a moved "Müller". The vocabulary (search_terms) is folded on both engines and
// was copied as it is. Every moved row, in batches in key order (one read and one UPDATE of a
// JSON batch each, no round trip per case), inside the move's transaction.
namespace MoveReindex {

// progress(done, total) before the first batch and after each; returns the rows indexed again.
qint64 run(const QSqlDatabase& server, const std::function<void(qint64 done, qint64 total)>& progress = {});

} // namespace MoveReindex
