#include "FlowDriver.h"
#include "cases/CaseListQuery.h"
#include "search/SearchText.h"

#include <catch2/catch.hpp>

namespace {
QStringList found(const CaseListQuery& q, const QString& words)
{
    CaseFilter f;
    f.search = words;
    QStringList numbers;
    for (const CaseListRow& r : q.page(f, 0, 50))
        numbers.append(r.number);
    return numbers;
}
} // namespace

TEST_CASE("Search finds English words, prefixes, phrases, serial numbers and Chinese text, newest first",
          "[search]")
{
    TestDatabase t;
    FlowDriver d(t);
    IntakeData a = d.intake();
    a.symptom = QStringLiteral("Actuator does not reach the closed position");
    d.flow.logCase(t.sales, a); // 00001
    IntakeData b = d.intake();
    b.symptom = QStringLiteral("阀门内漏，关闭后仍有介质通过");
    b.serialNo.clear();
    b.modelId = t.modelId;
    d.flow.logCase(t.sales, b); // 00002
    IntakeData c = d.intake();
    c.symptom = QStringLiteral("Stem packing leaks; 阀杆填料处外漏");
    c.customerId = t.keyCustomerId;
    d.flow.logCase(t.sales, c); // 00003
    const CaseListQuery q(t.connection(), d.clock);

    CHECK(found(q, QStringLiteral("actuator")) == QStringList {QStringLiteral("QI-2026-00001")});
    CHECK(found(q, QStringLiteral("actu")) == QStringList {QStringLiteral("QI-2026-00001")});
    CHECK(found(q, QStringLiteral("\"closed position\"")) == QStringList {QStringLiteral("QI-2026-00001")});
    CHECK(found(q, QStringLiteral("\"position closed\"")).isEmpty());
    CHECK(found(q, t.serialNo)
          == QStringList {QStringLiteral("QI-2026-00003"), QStringLiteral("QI-2026-00001")});
    CHECK(found(q, QStringLiteral("内漏")) == QStringList {QStringLiteral("QI-2026-00002")});
    CHECK(found(q, QStringLiteral("外漏")) == QStringList {QStringLiteral("QI-2026-00003")});
    CHECK(found(q, QStringLiteral("漏"))
          == QStringList {QStringLiteral("QI-2026-00003"), QStringLiteral("QI-2026-00002")});
    CHECK(found(q, QStringLiteral("关闭后仍有")) == QStringList {QStringLiteral("QI-2026-00002")});
    CHECK(found(q, QStringLiteral("华东石化"))
          == QStringList {QStringLiteral("QI-2026-00003")}); // customer name
    CHECK(found(q, QStringLiteral("packing 外漏")) == QStringList {QStringLiteral("QI-2026-00003")});
    CHECK(found(q, QStringLiteral("QI-2026-00002")) == QStringList {QStringLiteral("QI-2026-00002")});
    CHECK(found(q, QStringLiteral("nothing-like-this")).isEmpty());

    CaseFilter key;
    key.keyCustomersOnly = true;
    CHECK(q.count(key) == 1);
    key.search = QStringLiteral("漏");
    CHECK(q.count(key) == 1);
}

TEST_CASE("What a person types never breaks the search expression", "[search]")
{
    CHECK(SearchText::matchExpression(QStringLiteral("  ")).isEmpty());
    CHECK(SearchText::matchExpression(QStringLiteral("\"")).isEmpty());
    CHECK(SearchText::matchExpression(QStringLiteral("a\"b")) == QStringLiteral("\"a\" * \"b\" *"));
    CHECK(SearchText::matchExpression(QStringLiteral("OR AND NOT"))
          == QStringLiteral("\"OR\" * \"AND\" * \"NOT\" *"));
    // The server's form: every lexeme quoted and folded, so no operator is read from the words.
    CHECK(SearchText::tsQuery(QStringLiteral(" \" ")).isEmpty());
    CHECK(SearchText::tsQuery(QStringLiteral("a\"b")) == QStringLiteral("'a':* & 'b':*"));
    CHECK(SearchText::tsQuery(QStringLiteral("\"Closed Position\" 内漏"))
          == QStringLiteral("('closed' <-> 'position':*) & '内漏'"));
    CHECK(SearchText::tsQuery(QStringLiteral("O'Brien !x & | <-> :*"))
          == QStringLiteral("('o' <-> 'brien':*) & 'x':*"));
    const auto expand = [](const QString& prefix) {
        return prefix == QLatin1String("le") ? QStringList {QStringLiteral("leak"), QStringLiteral("léger")}
                                             : QStringList();
    };
    CHECK(SearchText::tsQuery(QStringLiteral("seat le"), expand)
          == QStringLiteral("'seat':* & ('leak' | 'leger')"));
    TestDatabase t;
    FlowDriver d(t);
    d.log();
    const CaseListQuery q(t.connection(), d.clock);
    for (const char* nasty :
         {"(", "*", "NEAR(", "a:b", "-x", "^", "'", "%_", "\\", "!", "&", "|", ":*", "<->", "''"})
        CHECK_NOTHROW(found(q, QString::fromLatin1(nasty)));
}
