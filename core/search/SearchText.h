#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Text for the full-text index and the queries that search it. Latin words are left to the
// unicode61 tokenizer; each run of Chinese (or other CJK) characters becomes its overlapping
// two-character pieces followed by its last character, so any Chinese word of one or more
// characters is found, without a dictionary.
namespace SearchText {

QString indexText(const QStringList& parts);
// An FTS5 MATCH expression for what a person typed: every word must appear; the last piece
// of each word matches as a prefix; "quoted words" must appear together. Empty when the
// query has nothing searchable.
QString matchExpression(const QString& userQuery);
// The same, with each prefix piece replaced by the whole terms expandPrefix returns for it
// ("seat leak" -> "seat" ("leak" OR "leakage")), so FTS5 walks the matches newest first instead
// of merging every posting list of the prefix. An empty list keeps the prefix.
QString matchExpression(const QString& userQuery,
                        const std::function<QStringList(const QString&)>& expandPrefix);
// The same query as PostgreSQL's tsquery text (for to_tsquery('simple', ?), bound as a value):
// words joined by &, the tokens of a word or "phrase" by <->, the whole terms of a prefix by |,
// a prefix without them as :*. Every lexeme is quoted and folded as SearchTerms::fold (the
// server's index holds the folded text, SearchIndex), so nothing typed is read as an operator.
QString tsQuery(const QString& userQuery,
                const std::function<QStringList(const QString&)>& expandPrefix = {});

} // namespace SearchText
