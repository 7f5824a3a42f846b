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
          "[pg-todo][search]")
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

TEST_CASE("What a person types never breaks the search expression", "[pg-todo][search]")
{
    CHECK(SearchText::matchExpression(QStringLiteral("  ")).isEmpty());
    CHECK(SearchText::matchExpression(QStringLiteral("\"")).isEmpty());
    CHECK(SearchText::matchExpression(QStringLiteral("a\"b")) == QStringLiteral("\"a\" * \"b\" *"));
    CHECK(SearchText::matchExpression(QStringLiteral("OR AND NOT"))
          == QStringLiteral("\"OR\" * \"AND\" * \"NOT\" *"));
    TestDatabase t;
    FlowDriver d(t);
    d.log();
    const CaseListQuery q(t.connection(), d.clock);
    for (const char* nasty : {"(", "*", "NEAR(", "a:b", "-x", "^", "'", "%_"})
        CHECK_NOTHROW(found(q, QString::fromLatin1(nasty)));
}
