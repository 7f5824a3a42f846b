#include "TestDatabase.h"
#include "cases/AuditWords.h"
#include "domain/PlanKinds.h"
#include "domain/VisitKinds.h"
#include "reports/CaseBlocks.h"
#include "reports/DocumentContext.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

TEST_CASE("A plan kind and a visit kind have one word in the window, the history and the printouts",
          "[kinds]")
{
    TestDatabase t;
    const AuditWords history(t.connection(), QTimeZone("Asia/Shanghai"));
    ReportOptions options;
    options.language = QStringLiteral("en");
    const DocumentContext context(t.connection(), options);
    const CaseBlocks printout(context);
    for (PlanKind kind :
         {PlanKind::OnSite, PlanKind::ReturnToFactory, PlanKind::Replacement, PlanKind::RemoteGuidance}) {
        const QString code = PlanKinds::code(kind);
        CHECK(PlanKinds::isKnown(code));
        CHECK(PlanKinds::fromCode(code) == kind);
        CHECK(history.value(QStringLiteral("plans"), QStringLiteral("kind"), code) == PlanKinds::name(kind));
        CHECK(printout.planKind(kind) == PlanKinds::name(kind));
    }
    CHECK(PlanKinds::name(PlanKind::ReturnToFactory) == QStringLiteral("Return to factory"));
    CHECK(PlanKinds::code(PlanKind::RemoteGuidance) == QStringLiteral("remote"));
    for (VisitKind kind : {VisitKind::First, VisitKind::Second, VisitKind::Resupply}) {
        const QString code = VisitKinds::code(kind);
        CHECK(VisitKinds::fromCode(code) == kind);
        CHECK(history.value(QStringLiteral("visits"), QStringLiteral("kind"), code)
              == VisitKinds::name(kind));
    }
    CHECK(VisitKinds::name(VisitKind::Second) == QStringLiteral("Second return visit"));
    CHECK(VisitKinds::code(VisitKind::Resupply) == QStringLiteral("resupply"));
    // An unknown code is shown as stored.
    CHECK_FALSE(PlanKinds::isKnown(QStringLiteral("courier")));
    CHECK(history.value(QStringLiteral("plans"), QStringLiteral("kind"), QStringLiteral("courier"))
          == QStringLiteral("courier"));
}
