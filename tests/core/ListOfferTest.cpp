#include "FlowDriver.h"
#include "LatestCase.h"
#include "ListTestWorld.h"
#include "UserError.h"
#include "cases/CaseListQuery.h"
#include "db/Sql.h"
#include "reference/ReferenceData.h"

#include <catch2/catch.hpp>

namespace {
template<typename List> bool offers(const List& items, qint64 id)
{
    return std::any_of(items.cbegin(), items.cend(), [id](const auto& item) { return item.id == id; });
}
} // namespace

TEST_CASE("A deactivated entry is no longer offered for new cases but old cases still show it", "[lists]")
{
    ListTestWorld w;
    FlowDriver f(w.t);
    const qint64 old = f.log();
    f.toPlanned(old); // analysed with grade B, the category, cause and units; planned with Zhou Jie
    const QualityCase before = f.flow.load(old);
    REQUIRE(before.plan.has_value());
    const qint64 contact = w.lists.add(w.office, QStringLiteral("contacts"),
                                       w.validEntry(QStringLiteral("contacts"), QStringLiteral("1")));
    const ReferenceData ref(w.t.connection());
    REQUIRE(offers(ref.customers(QStringLiteral("Huadong")), w.t.customerId));
    REQUIRE(offers(ref.contacts(w.t.customerId), contact));

    const qint64 tech = w.t.technician.technicianId;
    const QList<QPair<QString, qint64>> deactivate {
        {QStringLiteral("customers"), w.t.customerId},
        {QStringLiteral("contacts"), contact},
        {QStringLiteral("product_models"), w.t.modelId},
        {QStringLiteral("grades"), w.t.gradeB},
        {QStringLiteral("defect_categories"), w.t.categoryId},
        {QStringLiteral("defect_causes"), w.t.causeId},
        {QStringLiteral("units"), w.t.rndUnit},
        {QStringLiteral("service_agencies"), w.t.agencyId},
        {QStringLiteral("technicians"), tech},
        {QStringLiteral("serials"), w.lists.findId(QStringLiteral("serials"), w.t.serialNo)}};
    for (const auto& [list, id] : deactivate)
        w.lists.setActive(w.office, list, id, false);

    // Not offered on the forms of a new case...
    CHECK_FALSE(offers(ref.customers(QStringLiteral("Huadong")), w.t.customerId));
    CHECK_FALSE(offers(ref.contacts(w.t.customerId), contact));
    CHECK_FALSE(offers(ref.productModels(), w.t.modelId));
    CHECK_FALSE(offers(ref.grades(), w.t.gradeB));
    CHECK_FALSE(offers(ref.defectCategories(), w.t.categoryId));
    CHECK_FALSE(offers(ref.defectCauses(), w.t.causeId));
    CHECK_FALSE(offers(ref.units(), w.t.rndUnit));
    CHECK_FALSE(offers(ref.serviceAgencies(), w.t.agencyId));
    CHECK_FALSE(offers(ref.technicians(0, QStringLiteral("valve")), tech));
    CHECK_FALSE(ref.serial(w.t.serialNo).has_value());
    // ...and refused by core when asked for anyway.
    IntakeData intake = f.intake();
    intake.serialNo.clear();
    intake.modelId = w.t.modelId;
    try {
        f.flow.logCase(w.t.sales, intake);
        FAIL("logged for a deactivated customer");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("customerId")));
        CHECK(e.fieldErrors().contains(QStringLiteral("modelId")));
    }
    intake.customerId = w.t.keyCustomerId;
    intake.modelId = w.lists.add(w.office, QStringLiteral("product_models"),
                                 w.validEntry(QStringLiteral("product_models"), QStringLiteral("new")));
    const qint64 fresh = f.flow.logCase(w.t.sales, intake);
    f.toRecorded(fresh);
    AnalysisData analysis = f.analysis();
    analysis.units = {{w.t.mfgUnit, QStringLiteral("Check the batch"), {}}};
    try {
        f.flow.analyse(w.t.quality, latest(f.flow, fresh), analysis);
        FAIL("analysed with a deactivated grade");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("gradeId")));
        CHECK(e.fieldErrors().contains(QStringLiteral("defectCategoryId")));
        CHECK(e.fieldErrors().contains(QStringLiteral("defectCauseId")));
    }

    // Analysed with entries still in use; a plan with the deactivated agency and technician is refused.
    analysis.gradeId = w.t.gradeA;
    analysis.defectCategoryId = ref.defectCategories().first().id;
    analysis.defectCauseId = ref.defectCauses().first().id;
    f.flow.analyse(w.t.quality, latest(f.flow, fresh), analysis);
    f.flow.issueFeedbackSheet(w.t.quality, latest(f.flow, fresh));
    try {
        f.flow.planProcessing(w.t.sales, latest(f.flow, fresh), f.onSitePlan());
        FAIL("planned with a deactivated agency");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("agencyId")));
        CHECK(e.fieldErrors().contains(QStringLiteral("technicianId")));
    }

    // The old case reads as it did.
    const QualityCase after = f.flow.load(old);
    CHECK(after.customerName == before.customerName);
    CHECK(after.modelCode == QStringLiteral("Q41F-16C-50"));
    CHECK(after.gradeName == before.gradeName);
    CHECK(after.defectCategory == before.defectCategory);
    CHECK(after.defectCause == before.defectCause);
    CHECK(after.units.first().unitName == before.units.first().unitName);
    CHECK(after.plan->technicianName == QStringLiteral("Zhou Jie"));
    CHECK(after.plan->agencyName == before.plan->agencyName);
    CaseFilter filter;
    filter.customerId = w.t.customerId;
    const QList<CaseListRow> rows = CaseListQuery(w.t.connection(), f.clock).page(filter, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().customer == QStringLiteral("Huadong Petrochemical Co."));

    // Reactivated, the customer is offered again.
    w.lists.setActive(w.office, QStringLiteral("customers"), w.t.customerId, true);
    CHECK(offers(ref.customers(QStringLiteral("Huadong")), w.t.customerId));
}

TEST_CASE("The plan offers technicians trained for the case first and knows whose training expired",
          "[lists]")
{
    ListTestWorld w;
    const QDate today(2026, 3, 2);
    const qint64 zhou = w.t.technician.technicianId; // knows valves
    const qint64 wu = w.t.otherTechnician.technicianId; // knows positioners
    const qint64 ma = w.lists.add(
        w.office, QStringLiteral("technicians"),
        {{QStringLiteral("name"), QStringLiteral("Ma Lin")}, {QStringLiteral("agency_id"), w.t.agencyId}});
    // Wu Gang trained for this very model, valid; Zhou Jie's valve training has expired.
    const auto train = [&w](qint64 tech, const QVariantMap& extra) {
        QVariantMap v {{QStringLiteral("technician_id"), tech},
                       {QStringLiteral("course"), QStringLiteral("Ball valves")},
                       {QStringLiteral("trained_on"), QStringLiteral("2024-01-10")},
                       {QStringLiteral("result"), QStringLiteral("passed")}};
        v.insert(extra);
        w.lists.add(w.office, QStringLiteral("technician_training"), v);
    };
    train(wu,
          {{QStringLiteral("model_id"), w.t.modelId},
           {QStringLiteral("valid_until"), QStringLiteral("2026-12-31")}});
    train(zhou,
          {{QStringLiteral("product_line"), QStringLiteral("valve")},
           {QStringLiteral("valid_until"), QStringLiteral("2025-12-31")}});
    // A failed course qualifies for nothing.
    train(ma,
          {{QStringLiteral("product_line"), QStringLiteral("valve")},
           {QStringLiteral("result"), QStringLiteral("failed")}});

    const QList<Technician> list
        = ReferenceData(w.t.connection())
              .techniciansFor(w.t.agencyId, QStringLiteral("valve"), w.t.modelId, today);
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == wu);
    CHECK(list[0].training == Technician::Training::Valid);
    CHECK(list[0].trainingUntil == QDate(2026, 12, 31));
    CHECK(list[1].id == zhou);
    CHECK(list[1].training == Technician::Training::Expired);
    CHECK(list[1].trainingUntil == QDate(2025, 12, 31));
    CHECK(list[2].id == ma);
    CHECK(list[2].training == Technician::Training::None);
    // The last day of validity still counts; the day after it does not.
    for (const QDate& day : {QDate(2025, 12, 31), QDate(2026, 1, 1)})
        for (const Technician& t :
             ReferenceData(w.t.connection())
                 .techniciansFor(w.t.agencyId, QStringLiteral("valve"), w.t.modelId, day))
            if (t.id == zhou)
                CHECK((t.training == Technician::Training::Valid) == (day == QDate(2025, 12, 31)));
}
