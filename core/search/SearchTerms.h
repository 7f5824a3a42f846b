#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// The vocabulary of the search index (table search_terms): every token the index holds, as
// the unicode61 tokenizer folds it. A word a person types is matched as a prefix; FTS5 answers
// a prefix by merging the whole posting list of every term that starts with it before it can
// return the newest match (tens of milliseconds at 1,000,000 cases), while an OR of whole
// terms is walked newest first and stops at the page. The vocabulary turns the prefix into
// those whole terms.
namespace SearchTerms {

// How a token is stored by unicode61 with remove_diacritics 2: lower case, no accents.
QString fold(const QString& token);
// Adds the tokens of an indexed body (SearchText::indexText) to the vocabulary.
void add(const QSqlDatabase& db, const QString& body);
// Whole terms that start with prefix; empty when there are more than max of them (or none):
// then the prefix query is the better one.
QStringList expand(const QSqlDatabase& db, const QString& prefix, int max = 16);
// The expander CaseListQuery hands to SearchText::matchExpression.
std::function<QStringList(const QString&)> expander(const QSqlDatabase& db);

} // namespace SearchTerms
