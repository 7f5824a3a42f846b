#include "sample/SampleLoops.h"

#include "Clock.h"
#include "FixedClock.h"
#include "db/Sql.h"
#include "loops/CallbackQuery.h"
#include "loops/CallbackService.h"
#include "loops/LoopSettings.h"
#include "loops/RequirementService.h"
#include "loops/SurveyService.h"
#include "loops/VisitService.h"
#include "reference/ReferenceData.h"
#include "workflow/WorkflowService.h"

namespace {
User userNamed(const QSqlDatabase& db, const QString& username, Role role)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT id, display_name, coalesce(unit_id, 0) FROM users WHERE username = ?"),
        {username});
    User u;
    if (q.next()) {
        u.id = q.value(0).toLongLong();
        u.displayName = q.value(1).toString();
        u.unitId = q.value(2).toLongLong();
    }
    u.username = username;
    u.role = role;
    return u;
}

QList<qint64> customers(const QSqlDatabase& db, int n)
{
    QList<qint64> ids;
    QSqlQuery q
        = Sql::exec(db, QStringLiteral("SELECT id FROM customers WHERE active = 1 ORDER BY id LIMIT ?"), {n});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void callbacks(const QSqlDatabase& db, FixedClock& clock, const User& sales, bool objection)
{
    // Batches delivered since the loops started: call-backs overdue, due and not due yet.
    const ReferenceData ref(db);
    const QList<qint64> to = customers(db, 8);
    const QVariant model
        = Sql::scalar(db, QStringLiteral("SELECT id FROM product_models ORDER BY id LIMIT 1"));
    const int daysAgo[] = {90, 75, 60, 45, 40, 33, 20, 5};
    for (int i = 0; i < 8 && i < to.size(); ++i) {
        const qint64 shipment
            = ref.addShipment(QStringLiteral("SO-CB-%1").arg(i + 1), QStringLiteral("B-CB-%1").arg(i + 1),
                              to[i], clock.now().addDays(-daysAgo[i]));
        if (model.isValid())
            ref.addSerial(QStringLiteral("SN-CB-%1").arg(i + 1), shipment, model.toLongLong());
    }
    WorkflowService workflow(db, clock);
    CallbackService service(db, clock, workflow);
    CallbackFilter open;
    open.show = CallbackFilter::Show::Open;
    const QList<BatchCallback> due = CallbackQuery(db, clock).page(open, 0, 0, objection ? 3 : 2);
    const CallbackOpinion opinions[]
        = {CallbackOpinion::Satisfied, CallbackOpinion::Remarks, CallbackOpinion::Objection};
    for (int i = 0; i < due.size(); ++i) {
        CallbackData call;
        call.shipmentId = due[i].shipmentId;
        call.contactName = QStringLiteral("Wang Lei");
        call.opinion = opinions[i];
        call.comments
            = i == 1 ? QStringLiteral("Please send the test reports with the next batch.") : QString();
        call.symptom = QStringLiteral("Two valves of the batch leak at the gland.");
        call.quantity = 2;
        const QList<NamedItem> models = service.models(due[i].shipmentId);
        if (!models.isEmpty())
            call.modelId = models.first().id;
        service.record(sales, call);
    }
}

void visits(const QSqlDatabase& db, FixedClock& clock, const User& manager, const User& sales,
            const QList<User>& units)
{
    VisitService service(db, clock);
    const QDate today = LoopSettings::load(db).today(clock);
    int made = 0;
    for (const CustomerVisit& v : service.worklist(20)) {
        if (v.kind != CustomerVisitKind::AfterComplaint || v.status != CustomerVisitStatus::Due)
            continue;
        if (made == 1) {
            service.waive(manager, v.caseId, 0,
                          QStringLiteral("The customer's engineer visited us last week."));
        } else {
            const qint64 id
                = service.plan(manager, v.caseId, 0, {manager.id, QStringLiteral("Li Na (Sales)"), today});
            if (made == 2) {
                const CustomerVisit planned = service.load(id);
                service.record(manager, id, planned.version,
                               {today, QStringLiteral("Mr Zhao, plant manager"),
                                QStringLiteral("Quick replacement; would like an earlier call."),
                                QStringLiteral("Satisfied with the actuators."),
                                QStringLiteral("Train our maintenance team.")});
            }
        }
        if (++made == 3)
            break;
    }

    RoundData round;
    round.purpose = QStringLiteral("Return visits to the customers of the eastern region");
    round.from = today.addDays(-20);
    round.to = today.addDays(40);
    round.customerIds = customers(db, 4);
    if (round.customerIds.size() < 4)
        return;
    const VisitRound r = service.round(service.openRound(manager, round));
    const QList<qint64> unitIds {units[0].unitId, units[1].unitId};
    for (int i = 0; i < 3 && i < r.visits.size(); ++i) {
        const qint64 id = r.visits[i].id;
        CustomerVisit v = service.load(id);
        service.record(manager, id, v.version,
                       {today.addDays(-3 + i),
                        QStringLiteral("Ms Sun, purchasing"),
                        {},
                        QStringLiteral("Deliveries on time this year; the manuals could be clearer."),
                        QStringLiteral("A Chinese manual for the positioners.")});
        if (i == 0)
            continue; // recorded, not sent yet
        v = service.load(id);
        service.send(sales, id, v.version, unitIds);
        service.acknowledge(units[0], id, units[0].unitId);
        if (i == 2) { // every department signed: filed
            service.acknowledge(units[1], id, units[1].unitId);
            v = service.load(id);
            service.file(sales, id, v.version);
        }
    }
}

void surveys(const QSqlDatabase& db, FixedClock& clock, const User& sales, const User& quality, qint64 unitId)
{
    const QDateTime now = clock.now();
    const QDate today = LoopSettings::load(db).today(clock);
    const int year = today.year();
    const QList<qint64> chosen = customers(db, 8);
    const QString comments[]
        = {QStringLiteral("Good quality, deliveries sometimes late."), QString(),
           QStringLiteral("交货及时，质量稳定。"), QStringLiteral("Packing could be better.")};
    // Last year's: answered, sent to Quality and reviewed with an improvement opportunity.
    clock.set(QDateTime(QDate(year - 1, 12, 1), QTime(2, 0), Qt::UTC));
    SurveyService last(db, clock);
    const qint64 lastId = last.open(sales, year - 1, chosen, QDate(year, 1, 15));
    clock.set(QDateTime(QDate(year - 1, 12, 28), QTime(2, 0), Qt::UTC));
    Survey s = last.load(year - 1);
    for (int i = 0; i < s.letters.size() - 2; ++i)
        last.recordAnswer(sales, s.letters[i].id,
                          {QDate(year - 1, 12, 20 + i % 5), 3 + i % 3, 2 + i % 4, comments[i % 4]});
    last.report(sales, lastId, QStringLiteral("Quality is rated well; delivery dates are the weak point."));
    last.addFinding(quality, lastId,
                    {QStringLiteral("Delivery dates slip for positioners"), unitId, QDate(year, 3, 31)});
    last.review(quality, lastId, QStringLiteral("Corrective action asked of Manufacturing."));
    // This year's: letters out, answers coming back (when the year has begun long enough).
    clock.set(now);
    if (today.dayOfYear() < 10)
        return;
    SurveyService current(db, clock);
    current.open(sales, year, chosen, today.addDays(30));
    s = current.load(year);
    for (int i = 0; i < 3 && i < s.letters.size(); ++i)
        current.recordAnswer(sales, s.letters[i].id, {today, 4 + i % 2, 3 + i % 3, comments[i % 4]});
}

void requirements(const QSqlDatabase& db, FixedClock& clock, const User& sales)
{
    const QList<qint64> ids = customers(db, 3);
    if (ids.size() < 3)
        return;
    const ReferenceData ref(db);
    const QDateTime now = clock.now();
    RequirementService service(db, clock);
    for (int i = 0; i < 3; ++i) {
        const QString order = QStringLiteral("SO-DEMO-%1").arg(i + 1);
        ref.addShipment(order, QStringLiteral("B-DEMO-%1").arg(i + 1), ids[i], now.addDays(4 + 4 * i));
        if (i == 0)
            continue; // not recorded yet
        RequirementData d;
        d.medium = i == 1 ? QStringLiteral("Steam") : QStringLiteral("Natural gas");
        d.pressure = i == 1 ? QStringLiteral("1.6 MPa") : QStringLiteral("4.0 MPa");
        d.temperature = i == 1 ? QStringLiteral("220 °C") : QStringLiteral("-20 to 60 °C");
        d.special = i == 1 ? QStringLiteral("Graphite packing; flanges to HG/T 20592")
                           : QStringLiteral("Fire-safe design; SIL 2 certificate");
        for (const QString& kind : OrderDocuments::standardKinds())
            d.documents.append({kind, {}, i == 2 || kind == QLatin1String("certificate"), {}, {}});
        if (i == 2)
            d.documents.append({QStringLiteral("other"), QStringLiteral("SIL 2 certificate"), true, {}, {}});
        service.save(sales, order, 0, d);
    }
    // A delivered order with what was agreed, shown at intake for its serial numbers.
    const QVariant first = Sql::scalar(
        db,
        QStringLiteral(
            "SELECT sh.order_no FROM serials s JOIN shipments sh ON sh.id = s.shipment_id ORDER BY "
            "s.id LIMIT 1"));
    if (first.isValid()) {
        RequirementData d;
        d.medium = QStringLiteral("Water");
        d.pressure = QStringLiteral("1.0 MPa");
        d.temperature = QStringLiteral("80 °C");
        for (const QString& kind : OrderDocuments::standardKinds())
            d.documents.append({kind, {}, true, {}, {}});
        service.save(sales, first.toString(), 0, d);
    }
}
} // namespace

namespace SampleLoops {
void write(const QSqlDatabase& db, const QDateTime& now, bool objection)
{
    // The loops started 100 days ago: some call-backs are overdue, some due, some not yet.
    Sql::exec(db,
              QStringLiteral("INSERT INTO settings(key, value) VALUES ('loops.start', ?) ON CONFLICT(key) DO "
                             "UPDATE SET value = excluded.value"),
              {now.date().addDays(-100).toString(Qt::ISODate)});
    FixedClock clock(now);
    const User sales = userNamed(db, QStringLiteral("sales"), Role::SalesClerk);
    const User manager = userNamed(db, QStringLiteral("manager"), Role::Manager);
    const User quality = userNamed(db, QStringLiteral("quality"), Role::QualityEngineer);
    const User rnd = userNamed(db, QStringLiteral("rnd"), Role::ResponsibleUnit);
    const User support = userNamed(db, QStringLiteral("support"), Role::ResponsibleUnit);
    callbacks(db, clock, sales, objection);
    visits(db, clock, manager, sales, {rnd, support});
    surveys(db, clock, sales, quality, support.unitId);
    requirements(db, clock, sales);
}
} // namespace SampleLoops
