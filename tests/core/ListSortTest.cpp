// Issue 16: a list sorts the same on a server as in the file, whatever collation the server's
// database was made with (SQLite compares text byte by byte; a server made with en_US.UTF-8
// would put "apple" before "Banana" and "_Depot" after "Zeta").
#include "ListTestWorld.h"
#include "TestDatabase.h"
#include "db/Sql.h"
#include "lists/ListQuery.h"
#include "lists/ListSpec.h"

#include <catch2/catch.hpp>

TEST_CASE("A list sorts text in the same order on both engines, whatever the server's collation", "[lists]")
{
    ListTestWorld w;
    const QStringList names {QStringLiteral("apple Valves"), QStringLiteral("Banana Pumps"),
                             QStringLiteral("_Depot North"), QStringLiteral("Zeta Paper"),
                             QStringLiteral("éclair Foods"), QStringLiteral("a Steel")};
    if (TestDatabase::onServer()) {
        // As a database made with a linguistic collation: the column sorts by it unless told.
        Sql::exec(w.t.connection(),
                  QStringLiteral("ALTER TABLE customers ALTER COLUMN name TYPE TEXT "
                                 "COLLATE \"en-US-x-icu\""));
    }
    for (const QString& name : names)
        w.lists.add(w.office, QStringLiteral("customers"),
                    {{QStringLiteral("name"), name}, {QStringLiteral("region"), QStringLiteral("North")}});
    const ListQuery query(w.t.connection(), ListSpecs::get(QStringLiteral("customers")));
    ListFilter filter;
    filter.sortKey = QStringLiteral("name");
    QStringList seen;
    ListCursor cursor;
    for (;;) { // pages of 2: the keyset comparison must follow the same order
        const QList<ListRow> rows = query.page(filter, cursor, 2);
        for (const ListRow& r : rows)
            seen.append(r.cells.at(1));
        if (rows.size() < 2)
            break;
        cursor = rows.last().cursor;
    }
    QStringList ours;
    for (const QString& s : std::as_const(seen))
        if (names.contains(s))
            ours.append(s);
    QStringList bytes = names;
    std::sort(bytes.begin(), bytes.end(),
              [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    CHECK(ours == bytes);
    CHECK(seen.size() == static_cast<int>(query.count(filter)));
    if (TestDatabase::onServer()) {
        // The column's own collation orders them otherwise: without COLLATE "C" this would differ.
        QStringList byColumn;
        QSqlQuery q = Sql::exec(w.t.connection(), QStringLiteral("SELECT name FROM customers ORDER BY name"));
        while (q.next())
            if (names.contains(q.value(0).toString()))
                byColumn.append(q.value(0).toString());
        CHECK(byColumn != bytes);
    }
}
