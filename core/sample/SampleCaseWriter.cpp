#include "sample/SampleCaseWriter.h"

#include "cases/CaseBulkWriter.h"
#include "deadlines/CaseClocks.h"
#include "deadlines/CaseDuties.h"
#include "domain/QualityCase.h"
#include "sample/SamplePhotos.h"
#include "sample/SampleTexts.h"

#include <cmath>

namespace {
const QString& from(const QStringList& list, int index)
{
    return list.at(index % list.size());
}
} // namespace

SampleCaseWriter::SampleCaseWriter(sqlite3* db, const SampleWorld& world, const DeadlineCalculator& deadlines,
                                   QDateTime now, quint32 seed)
    : m_world(world)
    , m_deadlines(deadlines)
    , m_now(std::move(now))
    , m_rng(seed)
    , m_costRng(seed * 7919U + 13U)
    , m_store(std::make_unique<CaseBulkWriter>(db))
{
}

SampleCaseWriter::~SampleCaseWriter() = default;

QDateTime SampleCaseWriter::after(const QDateTime& t, double minHours, double maxHours)
{
    const double hours = minHours + m_rng.generateDouble() * (maxHours - minHours);
    return t.addSecs(static_cast<qint64>(hours * 3600));
}

void SampleCaseWriter::write(const QDateTime& receivedAt)
{
    const SampleWorld& w = m_world;
    QualityCase c;
    c.id = m_nextCaseId++;
    const int serialIndex = pick(static_cast<int>(w.serials.size()));
    const qint64 sales = w.salesUsers.at(pick(static_cast<int>(w.salesUsers.size())));
    const qint64 quality = w.qualityUsers.at(pick(static_cast<int>(w.qualityUsers.size())));
    // Now and then a case stops at some step and is left there (the overdue ones).
    const int stopAt = m_rng.generateDouble() < 0.04 ? pick(9) : 99;
    int step = 0;
    auto reached = [&](const QDateTime& t) { return t.isValid() && t <= m_now && step++ < stopAt; };

    c.receivedAt = receivedAt;
    c.isObjection = m_rng.generateDouble() < 0.3;
    c.loggedAt = after(receivedAt, 0.05, 1);
    const int year = c.loggedAt.toTimeZone(m_deadlines.rules().zone).date().year();
    c.number = QStringLiteral("QI-%1-%2").arg(year).arg(++m_caseNumbers[year], 5, 10, QLatin1Char('0'));
    c.symptom = from(SampleTexts::symptoms(), pick(1000));
    c.modelId = w.serialModels.at(serialIndex);
    c.productLine = w.modelLines.value(c.modelId);
    c.status = CaseStatus::Logged;
    const QDateTime sent = after(c.loggedAt, 0.2, m_rng.generateDouble() < 0.05 ? 60 : 5);
    if (reached(sent)) {
        c.sentAt = sent;
        c.status = CaseStatus::SentToQuality;
    }
    const QDateTime recorded = after(sent, 0.2, 4);
    if (c.sentAt.isValid() && reached(recorded)) {
        c.recordedAt = recorded;
        c.status = CaseStatus::Recorded;
    }
    if (c.isObjection) {
        const QDateTime disposal = after(receivedAt, 1, m_rng.generateDouble() < 0.1 ? 40 : 20);
        if (disposal <= m_now && c.recordedAt.isValid())
            c.disposalAt = disposal;
    }
    const qint64 grade
        = w.grades.at(m_rng.generateDouble() < 0.1 ? 0 : (m_rng.generateDouble() < 0.4 ? 1 : 2));
    const QDateTime analysed = after(recorded, 2, 30);
    if (c.recordedAt.isValid() && reached(analysed)) {
        c.analysedAt = analysed;
        c.gradeId = grade;
        c.processingDueAt = analysed.addSecs(qint64(w.gradeHours.value(grade).first) * 3600);
        c.status = CaseStatus::Analysed;
        const int unitCount = 1 + pick(3);
        const int first = pick(static_cast<int>(w.units.size()));
        for (int k = 0; k < unitCount; ++k) {
            const qint64 unit = w.units.at((first + k) % w.units.size());
            CaseUnit cu;
            cu.unitId = unit;
            cu.unitName = w.unitNames.value(unit);
            cu.task = from(SampleTexts::unitTasks(), pick(100));
            // Each unit its own deadline: the grade's for the first, two days more for each next one.
            cu.dueAt = analysed.addSecs((qint64(w.gradeHours.value(grade).second) + 48 * k) * 3600);
            c.units.append(cu);
        }
    }
    const QDateTime issued = after(analysed, 0.5, 8);
    if (c.analysedAt.isValid() && reached(issued)) {
        const int sheetYear = issued.toTimeZone(m_deadlines.rules().zone).date().year();
        c.sheet = FeedbackSheet {QStringLiteral("FS-%1-%2")
                                     .arg(sheetYear)
                                     .arg(++m_sheetNumbers[sheetYear], 5, 10, QLatin1Char('0')),
                                 issued,
                                 {}};
        c.status = CaseStatus::SheetIssued;
        for (CaseUnit& cu : c.units) {
            const QDateTime got = after(issued, 0.5, 10);
            const QDateTime replied = after(issued, 4, w.gradeHours.value(grade).second * 1.3);
            if (got <= m_now && step < stopAt + 2)
                cu.receivedAt = got;
            if (replied <= m_now && cu.receivedAt.isValid() && m_rng.generateDouble() > 0.03) {
                cu.repliedAt = std::max(replied, got);
                cu.reply = QStringLiteral("Done: ") + cu.task;
            }
        }
    }
    const QDateTime planned = after(issued, 2, 24);
    if (c.sheet && reached(planned)) {
        ProcessingPlan p;
        const double r = m_rng.generateDouble();
        p.kind = r < 0.6 ? PlanKind::OnSite
                         : (r < 0.8 ? PlanKind::ReturnToFactory
                                    : (r < 0.9 ? PlanKind::Replacement : PlanKind::RemoteGuidance));
        p.plannedAt = planned;
        if (p.kind == PlanKind::OnSite) {
            const auto tech = w.technicians.at(pick(static_cast<int>(w.technicians.size())));
            p.agencyId = tech.first;
            p.technicianId = tech.second;
            p.appointedAt = planned.addSecs(qint64(w.gradeArrival.value(grade)) * 3600);
        }
        c.plan = p;
        c.status = CaseStatus::Planned;
    }
    if (c.plan) {
        ProcessingPlan& p = *c.plan;
        if (p.kind == PlanKind::OnSite) {
            const QDateTime arrived = std::max(after(p.appointedAt, -20, 8), after(planned, 1, 2));
            const QDateTime finished = after(arrived, 2, 8);
            if (reached(finished)) {
                c.service = ServiceRecord {p.technicianId,
                                           {},
                                           arrived,
                                           finished,
                                           from(SampleTexts::workDone(), pick(100)),
                                           {},
                                           QStringLiteral("Solved"),
                                           true,
                                           from(SampleTexts::contacts(), pick(10)),
                                           finished,
                                           {}};
                c.status = CaseStatus::Implemented;
            }
        } else if (p.kind == PlanKind::ReturnToFactory) {
            p.returnOrderNo = QStringLiteral("RP-%1").arg(c.id);
            const QDateTime received = after(planned, 48, 120);
            const QDateTime reworked = after(received, 24, 120);
            const QDateTime resupplied = after(reworked, 24, 96);
            p.receivedAt = received <= m_now ? received : QDateTime();
            p.reworkedAt = p.receivedAt.isValid() && reworked <= m_now ? reworked : QDateTime();
            if (p.reworkedAt.isValid() && reached(resupplied)) {
                p.resuppliedAt = resupplied;
                c.status = CaseStatus::Implemented;
            }
        } else {
            p.details = QStringLiteral("Send a replacement and guide the customer by phone");
            const QDateTime done = after(planned, 24, 120);
            if (reached(done)) {
                p.completedAt = done;
                p.completionNote = QStringLiteral("Completed as planned");
                c.status = CaseStatus::Implemented;
            }
        }
    }
    if (c.status == CaseStatus::Implemented && c.service) {
        const QDateTime firstAt = after(c.service->finishedAt, 4, m_rng.generateDouble() < 0.1 ? 120 : 70);
        if (reached(firstAt)) {
            ReturnVisit v;
            v.kind = VisitKind::First;
            v.visitedAt = firstAt;
            v.marks = 60 + pick(41);
            for (int k = 0; k < 3; ++k)
                v.items.append({SampleTexts::visitRequirements().at(k), m_rng.generateDouble() > 0.1, {}});
            c.visits.append(v);
            c.status = CaseStatus::FirstVisited;
        }
        const QDateTime secondAt = after(c.service->finishedAt, 15 * 24, 23 * 24);
        if (c.status == CaseStatus::FirstVisited && reached(secondAt)) {
            ReturnVisit v;
            v.kind = VisitKind::Second;
            v.visitedAt = secondAt;
            v.productUse = QStringLiteral("In continuous service");
            v.feedback = from(SampleTexts::feedback(), pick(100));
            c.visits.append(v);
            c.status = CaseStatus::FollowedUp;
            if (m_rng.generateDouble() < 0.15) {
                FollowUp f;
                f.ownerUnitId = w.techSupportUnit;
                f.ownerUnitName = w.unitNames.value(w.techSupportUnit);
                f.task = QStringLiteral("Check the gland again");
                f.dueAt = m_deadlines.followUpDue(secondAt);
                const QDateTime done = after(secondAt, 24, 240);
                if (done <= m_now)
                    f.doneAt = done;
                c.followUps.append(f);
            }
        }
    } else if (c.status == CaseStatus::Implemented && c.plan && c.plan->kind != PlanKind::RemoteGuidance) {
        const QDateTime at
            = after(c.plan->resuppliedAt.isValid() ? c.plan->resuppliedAt : c.plan->completedAt, 24, 120);
        if (reached(at)) {
            ReturnVisit v;
            v.kind = VisitKind::Resupply;
            v.visitedAt = at;
            v.feedback = from(SampleTexts::feedback(), pick(100));
            v.forwardedToQuality = true;
            c.visits.append(v);
            c.status = CaseStatus::FollowedUp;
        }
    }
    const bool ready = c.status == CaseStatus::FollowedUp
        || (c.status == CaseStatus::Implemented && c.plan && c.plan->kind == PlanKind::RemoteGuidance);
    bool nothingOpen = true;
    for (const DeadlineClock& clock : m_deadlines.clocks(c))
        nothingOpen = nothingOpen && !clock.isOpen();
    QDateTime lastEvent = c.visits.isEmpty() ? c.loggedAt : c.visits.last().visitedAt;
    for (const FollowUp& f : c.followUps)
        lastEvent = std::max(lastEvent, f.doneAt);
    const QDateTime closeAt = after(lastEvent, 24, 120);
    if (ready && nothingOpen && reached(closeAt)) {
        c.closedAt = closeAt;
        c.status = CaseStatus::Closed;
    }
    const NextDue next = m_deadlines.nextDue(c, m_now);

    // The case as stored: the rest of its intake, drawn in the order it always was.
    QualityCase row = c;
    row.channel = m_rng.generateDouble() < 0.7 ? QStringLiteral("phone") : QStringLiteral("email");
    row.customerId = w.customers.at(pick(static_cast<int>(w.customers.size())));
    row.contactName = from(SampleTexts::contacts(), pick(100));
    row.contactPhone = QStringLiteral("+86 21 5555 %1").arg(1000 + pick(8999));
    row.serialNo = w.serials.at(serialIndex);
    row.batchNo = QStringLiteral("B%1").arg(w.serialsShipment.at(serialIndex));
    row.orderNo = QStringLiteral("SO-%1").arg(w.serialsShipment.at(serialIndex));
    row.quantity = 1 + pick(3);
    row.customerRequest = from(SampleTexts::requests(), pick(100));
    row.siteAddress = QStringLiteral("Plant site");
    if (c.analysedAt.isValid()) {
        row.verification = from(SampleTexts::verifications(), pick(100));
        row.analysis = from(SampleTexts::analyses(), pick(100));
        // A few defects and causes make most of the cases, as in a real plant (Pareto).
        row.defectCategoryId = w.categories.at(skewed(static_cast<int>(w.categories.size())));
        row.defectCauseId = w.causes.at(skewed(static_cast<int>(w.causes.size())));
        row.temporaryMeasures = QStringLiteral("Isolate and monitor");
    }
    if (c.disposalAt.isValid())
        row.disposalSuggestion = QStringLiteral("Check the packing; a technician is planned");
    if (c.closedAt.isValid()) {
        row.problemSummary = c.symptom;
        row.treatmentResult = QStringLiteral("Solved on site; customer satisfied");
        row.writtenFeedback = QStringLiteral("Dear customer, the problem has been solved.");
    }
    // As WorkflowService counts them: each step written below is one version of the case.
    row.version = 1 + int(c.sentAt.isValid()) + int(c.recordedAt.isValid()) + int(c.analysedAt.isValid())
        + int(c.sheet.has_value()) + int(c.plan.has_value()) + int(c.service.has_value())
        + int(c.visits.size()) + int(c.closedAt.isValid());
    CaseAuthors by;
    by.loggedBy = by.sentBy = by.disposalBy = sales;
    by.recordedBy = by.analysedBy = by.closedBy = quality;
    m_store->insertCase(row, by, next);

    int version = 1;
    if (m_photos)
        m_photos->attach(c.id, c.loggedAt, sales);
    if (c.sentAt.isValid())
        m_store->logStatus(c.id, ++version, c.sentAt, sales, CaseStatus::Logged, CaseStatus::SentToQuality);
    if (c.recordedAt.isValid())
        m_store->logStatus(c.id, ++version, c.recordedAt, quality, CaseStatus::SentToQuality,
                           CaseStatus::Recorded);
    if (c.analysedAt.isValid())
        m_store->logStatus(c.id, ++version, c.analysedAt, quality, CaseStatus::Recorded,
                           CaseStatus::Analysed);
    for (CaseUnit& cu : c.units)
        cu.id = m_store->insertUnit(c.id, version, cu, c.analysedAt, quality);
    if (c.sheet)
        m_store->insertSheet(c.id, ++version, *c.sheet, quality);
    if (c.plan) {
        ProcessingPlan p = *c.plan;
        p.address = p.kind == PlanKind::OnSite ? QStringLiteral("Plant site") : QString();
        m_store->insertPlan(c.id, ++version, p, sales);
    }
    if (c.service)
        m_store->insertService(c.id, ++version, *c.service, sales);
    for (const ReturnVisit& v : c.visits)
        m_store->insertVisit(c.id, ++version, v, sales);
    for (FollowUp& f : c.followUps) {
        FollowUp stored = f;
        stored.result = f.doneAt.isValid() ? QStringLiteral("Settled") : QString();
        f.id = m_store->insertFollowUp(c.id, stored);
    }
    // Who owes what by when on the cases left open, as WorkflowService stores it with each save.
    if (!c.closedAt.isValid())
        m_store->storeDuties(c.id, CaseDuties::of(c, m_deadlines));
    if (c.closedAt.isValid())
        m_store->logStatus(c.id, ++version, c.closedAt, quality, CaseStatus::FollowedUp, CaseStatus::Closed);
    Q_ASSERT(version == row.version);
    m_store->storeClocks(c.id, CaseClocks::rows(m_deadlines.clocks(c)));
    writeCosts(c);
}

int SampleCaseWriter::skewed(int size)
{
    // One draw, as pick() takes, so the rest of the case is what it was before the skew.
    const double u = static_cast<double>(m_rng.bounded(1U << 30)) / (1U << 30);
    return std::min(size - 1, static_cast<int>(size * std::pow(u, 2.2)));
}

void SampleCaseWriter::writeCosts(const QualityCase& c)
{
    // Costs come from a generator of their own, so cases are the same with or without them.
    QRandomGenerator& r = m_costRng;
    auto money = [&r](int minimum, int maximum) { // whole currency units, stored in hundredths
        return 100LL * (minimum + static_cast<int>(r.bounded(maximum - minimum + 1)));
    };
    auto add = [this, &c](const char* record, qint64 parts, double hours, qint64 travel, qint64 replacement) {
        m_store->insertCost(c.id, {QLatin1String(record), parts, hours, travel, replacement});
    };
    if (c.service) {
        const bool parts = r.bounded(100) < 60;
        add("service", parts ? money(50, 4000) : 0, 2 + r.bounded(29) / 2.0, money(100, 2500),
            r.bounded(100) < 5 ? money(3000, 30000) : 0);
    }
    if (c.plan && c.plan->reworkedAt.isValid())
        add("return_reworked", money(100, 6000), 1 + r.bounded(40) / 2.0, 0, 0);
    if (c.plan && c.plan->resuppliedAt.isValid())
        add("return_resupplied", 0, 0, money(200, 1500), r.bounded(100) < 30 ? money(2000, 40000) : 0);
}

void SampleCaseWriter::finish()
{
    for (auto it = m_caseNumbers.cbegin(); it != m_caseNumbers.cend(); ++it)
        m_store->keepCaseNumbers(it.key(), it.value());
    for (auto it = m_sheetNumbers.cbegin(); it != m_sheetNumbers.cend(); ++it)
        m_store->keepSheetNumbers(it.key(), it.value());
}
