// Issue 3: reference lists in Chinese for a Chinese window, while what core stores and decides
// does not depend on the language of the PC it runs on.
#include "FlowDriver.h"
#include "LatestCase.h"
#include "i18n/Translations.h"
#include "reference/ReferenceData.h"

#include <catch2/catch.hpp>

TEST_CASE("Reference names are Chinese only where asked, and a case's stored text stays as entered",
          "[reference][i18n]")
{
    TestDatabase t;
    ReferenceData ref(t.connection());
    CHECK(ref.grade(t.gradeA)->responseRules.startsWith(QStringLiteral("Safety risk")));
    ref.setDisplayLanguage(QStringLiteral("zh_CN"));
    CHECK(ref.grade(t.gradeA)->name == QStringLiteral("A 级：重大"));
    CHECK(ref.grade(t.gradeA)->responseRules.contains(QStringLiteral("总经理")));
    bool rndInChinese = false;
    for (const NamedItem& unit : ref.units())
        rndInChinese = rndInChinese || (unit.id == t.rndUnit && unit.name == QStringLiteral("研发部"));
    CHECK(rndInChinese);

    // The workflow's default temporary measures come from the stored list, whatever the
    // language the program runs in.
    Translations::install(QStringLiteral("zh_CN"));
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toRecorded(id);
    AnalysisData a = f.analysis();
    a.gradeId = t.gradeA;
    a.temporaryMeasures.clear();
    f.flow.analyse(t.quality, latest(f.flow, id), a);
    Translations::install(QStringLiteral("en"));
    QualityCase c = f.flow.load(id);
    CHECK(c.temporaryMeasures.startsWith(QStringLiteral("Isolate the affected valves")));
    ref.localize(c);
    CHECK(c.gradeName == QStringLiteral("A 级：重大"));
    bool unitInChinese = false;
    for (const CaseUnit& u : c.units)
        unitInChinese = unitInChinese || u.unitName == QStringLiteral("研发部");
    CHECK(unitInChinese);
}
