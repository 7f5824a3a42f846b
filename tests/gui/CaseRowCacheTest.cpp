// The case list's bounded row cache (issue 10 keeps it by case id, so that rows added to or
// removed from a list leave the others in memory).
#include "cases/CaseRowCache.h"

#include <catch2/catch.hpp>

namespace {
QList<CaseListRow> rows(qint64 from, qint64 to)
{
    QList<CaseListRow> list;
    for (qint64 id = from; id <= to; ++id) {
        CaseListRow r;
        r.id = id;
        r.number = QStringLiteral("QI-%1").arg(id);
        list.append(r);
    }
    return list;
}
} // namespace

TEST_CASE("The row cache keeps at most its capacity, dropping the rows farthest from the reader",
          "[gui][caselist]")
{
    CaseRowCache cache(100);
    // In this list a case stands at the place of its id.
    const auto position = [](qint64 id) { return static_cast<int>(id); };
    cache.store(rows(0, 99), 0, position);
    CHECK(cache.size() == 100);
    // Reading further down: the rows at the top go first, the new ones are all kept.
    cache.store(rows(300, 339), 320, position);
    CHECK(cache.size() <= 100);
    for (qint64 id = 300; id <= 339; ++id)
        CHECK(cache.find(id));
    CHECK_FALSE(cache.find(0));
    CHECK(cache.find(99));

    // A row stored again replaces the one kept; a removed row is gone.
    CaseListRow changed = rows(310, 310).first();
    changed.status = QStringLiteral("sent");
    cache.store({changed}, 310, position);
    CHECK(cache.find(310)->status == QStringLiteral("sent"));
    cache.remove(310);
    CHECK_FALSE(cache.find(310));
}
