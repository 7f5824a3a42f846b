#include "search/SearchMatch.h"

#include "db/Dialect.h"
#include "db/Sql.h"
#include "search/SearchTerms.h"
#include "search/SearchText.h"

SearchMatch SearchMatch::of(const QSqlDatabase& db, const QString& userQuery)
{
    SearchMatch match;
    match.key = Dialect::searchKey(db);
    if (Sql::isServer(db)) {
        match.value = SearchText::tsQuery(userQuery, SearchTerms::expander(db));
        if (!match.value.isEmpty())
            match.condition = QStringLiteral("s.tokens @@ to_tsquery('simple', ?)");
        return match;
    }
    match.value = SearchText::matchExpression(userQuery, SearchTerms::expander(db));
    if (!match.value.isEmpty())
        match.condition = QStringLiteral("s.body MATCH ?");
    return match;
}
