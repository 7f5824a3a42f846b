#include "stats/StatsService.h"

#include "UserError.h"
#include "db/Sql.h"
#include "stats/StatsNames.h"

namespace {
struct CutCode
{
    CaseCut cut;
    const char* code;
};
const CutCode cutCodes[]
    = {{CaseCut::Defect, "defect"}, {CaseCut::Cause, "cause"},       {CaseCut::Model, "model"},
       {CaseCut::Line, "line"},     {CaseCut::Customer, "customer"}, {CaseCut::Unit, "unit"}};

QString day(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}
} // namespace

StatsService::StatsService(QSqlDatabase db, const Clock& clock, const QString& language)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_language(language)
    , m_rules(DeadlineRules::load(m_db))
{
}

QString StatsService::tr(const char* source, const char* disambiguation, int n) const
{
    return m_language.translate("StatsService", source, disambiguation, n);
}

QString StatsService::cutCode(CaseCut cut)
{
    for (const CutCode& c : cutCodes)
        if (c.cut == cut)
            return QString::fromLatin1(c.code);
    return {};
}

bool StatsService::cutFromCode(const QString& code, CaseCut& cut)
{
    for (const CutCode& c : cutCodes) {
        if (code == QLatin1String(c.code)) {
            cut = c.cut;
            return true;
        }
    }
    return false;
}

QList<CaseCut> StatsService::cuts()
{
    QList<CaseCut> list;
    for (const CutCode& c : cutCodes)
        list.append(c.cut);
    return list;
}

QString StatsService::cutName(CaseCut cut) const
{
    switch (cut) {
    case CaseCut::Defect:
        return tr("Defect category");
    case CaseCut::Cause:
        return tr("Cause");
    case CaseCut::Model:
        return tr("Product model");
    case CaseCut::Line:
        return tr("Product line");
    case CaseCut::Customer:
        return tr("Customer");
    case CaseCut::Unit:
        return tr("Responsible unit");
    case CaseCut::None:
        break;
    }
    return {};
}

void StatsService::check(const StatsFilter& filter) const
{
    if (!filter.isValid())
        throw UserError(tr("Give a period whose end is not before its start."));
}

QString StatsService::period(const StatsFilter& filter) const
{
    return tr("%1 to %2").arg(day(filter.from), day(filter.to));
}

QString StatsService::describe(const StatsFilter& filter) const
{
    QStringList parts {tr("Period %1").arg(period(filter))};
    const StatsNames names(m_db, m_language.isChinese());
    const auto named = [&](qint64 id, StatsNames::List list, const char* label) {
        if (id > 0)
            parts.append(tr(label).arg(names.all(list).value(id)));
    };
    named(filter.productLineId, StatsNames::List::Lines,
          QT_TRANSLATE_NOOP("StatsService", "product line %1"));
    named(filter.customerId, StatsNames::List::Customers, QT_TRANSLATE_NOOP("StatsService", "customer %1"));
    named(filter.unitId, StatsNames::List::Units, QT_TRANSLATE_NOOP("StatsService", "responsible unit %1"));
    if (filter.gradeId > 0)
        parts.append(tr("grade %1")
                         .arg(Sql::scalar(m_db, QStringLiteral("SELECT code FROM grades WHERE id = ?"),
                                          {filter.gradeId})
                                  .toString()));
    if (filter.keyCustomersOnly)
        parts.append(tr("key customers only"));
    return parts.join(QStringLiteral(" · "));
}

StatsReport StatsService::report(const QString& title, const QString& code, const StatsFilter& filter) const
{
    StatsReport r;
    r.title = title;
    r.code = code;
    r.subtitle = describe(filter);
    r.from = filter.from;
    r.to = filter.to;
    return r;
}

StatsReport StatsService::pareto(const StatsFilter& filter, CaseCut cut, const ParetoOptions& options) const
{
    check(filter);
    static const char* const titles[] = {"",
                                         QT_TRANSLATE_NOOP("StatsService", "Pareto of defect categories"),
                                         QT_TRANSLATE_NOOP("StatsService", "Pareto of causes"),
                                         QT_TRANSLATE_NOOP("StatsService", "Pareto of product models"),
                                         QT_TRANSLATE_NOOP("StatsService", "Pareto of product lines"),
                                         QT_TRANSLATE_NOOP("StatsService", "Pareto of customers"),
                                         QT_TRANSLATE_NOOP("StatsService", "Pareto of responsible units")};
    StatsReport r
        = report(tr(titles[static_cast<int>(cut)]), QStringLiteral("pareto-") + cutCode(cut), filter);
    const ParetoResult result = ParetoQuery(m_db, m_rules.zone, m_language).run(filter, cut, options);
    if (result.cases == 0)
        r.message = tr("No cases were received in the period %1 under these filters.").arg(period(filter));
    else if (result.isEmpty())
        r.message = tr("None of the %n case(s) received in the period has a %1 recorded yet.", nullptr,
                       static_cast<int>(result.cases))
                        .arg(cutName(cut).toLower());
    else
        r.tables.append(paretoTable(result, cut));
    return r;
}

StatsTable StatsService::paretoTable(const ParetoResult& result, CaseCut cut) const
{
    const qint64 rate = result.options.labourRate;
    const bool byCost = result.options.byCost;
    StatsTable t;
    t.title = byCost ? tr("%1 by cost").arg(cutName(cut)) : tr("%1 by number of cases").arg(cutName(cut));
    t.sheet = cutName(cut).left(31);
    using K = StatsTable::Kind;
    t.header = {cutName(cut),          byCost ? tr("Cost") : tr("Cases"),
                tr("Percent"),         tr("Cumulative percent"),
                tr("Vital few"),       byCost ? tr("Cases") : tr("Cost"),
                tr("Parts cost"),      tr("Labour hours"),
                tr("Labour cost"),     tr("Travel cost"),
                tr("Replacement cost")};
    t.kinds = {K::Text,    byCost ? K::Money : K::Count,
               K::Percent, K::Percent,
               K::Text,    byCost ? K::Count : K::Money,
               K::Money,   K::Hours,
               K::Money,   K::Money,
               K::Money};
    for (const ParetoRow& row : result.rows) {
        const qint64 total = row.cost.total(rate);
        const QVariant count = row.count;
        const QVariant cost = total;
        t.rows.append({row.label, byCost ? cost : count, row.percent, row.cumulative,
                       row.vital ? tr("Yes") : QString(), byCost ? count : cost, row.cost.parts,
                       row.cost.labourHours, row.cost.labourCost(rate), row.cost.travel,
                       row.cost.replacement});
        t.highlighted.append(row.vital);
        const int r = static_cast<int>(t.rows.size()) - 1;
        for (int column = 0; column < t.columnCount(); ++column)
            t.cellFilters.insert({r, column}, result.filterFor(row));
    }
    t.chart.kind = StatsChart::Kind::Pareto;
    t.chart.valueColumns = {1};
    t.chart.cumulativeColumn = 3;
    t.chart.valueTitle = t.header.at(1);
    QStringList note;
    note.append(tr("Cases received in the period, largest first; the bars marked are the vital few, "
                   "the categories that make up the first 80 %."));
    if (result.leftOut > 0)
        note.append(tr("%1 of the %2 cases have no %3 recorded yet and are not counted.")
                        .arg(m_language.locale().toString(result.leftOut),
                             m_language.locale().toString(result.cases), cutName(cut).toLower()));
    if (cut == CaseCut::Unit)
        note.append(tr("A case with several responsible units counts for each of them."));
    note.append(tr("Costs in the company's currency, from the on-site service and return records; labour "
                   "at %1 an hour.")
                    .arg(m_language.locale().toString(static_cast<double>(rate) / 100.0, 'f', 2)));
    t.note = note.join(u' ');
    return t;
}

StatsReport StatsService::trend(const StatsFilter& filter) const
{
    check(filter);
    StatsReport r = report(tr("Cases by month"), QStringLiteral("trend"), filter);
    const TrendResult result = TrendQuery(m_db, m_rules.zone).run(filter);
    if (result.isEmpty()) {
        r.message
            = tr("No cases were received or closed in the period %1 or a year before, and none was open.")
                  .arg(period(filter));
        return r;
    }
    StatsTable t;
    t.title = tr("Received, closed and open at month end, beside the same months a year before");
    t.sheet = tr("By month");
    t.header = {tr("Month"),
                tr("Received"),
                tr("Closed"),
                tr("Open at month end"),
                tr("Received a year before"),
                tr("Closed a year before"),
                tr("Open a year before")};
    using K = StatsTable::Kind;
    t.kinds = {K::Text, K::Count, K::Count, K::Count, K::Count, K::Count, K::Count};
    using F = TrendResult::Figure;
    const F figures[] = {F::Received, F::Closed, F::Open};
    for (int i = 0; i < result.months.size(); ++i) {
        const TrendMonth& m = result.months.at(i);
        t.rows.append({m.month.toString(QStringLiteral("yyyy-MM")), m.received, m.closed, m.openAtEnd,
                       m.receivedYearBefore, m.closedYearBefore, m.openAtEndYearBefore});
        for (int f = 0; f < 3; ++f) {
            t.cellFilters.insert({i, 1 + f}, result.filterFor(i, figures[f]));
            t.cellFilters.insert({i, 4 + f}, result.filterFor(i, figures[f], true));
        }
    }
    t.chart.kind = StatsChart::Kind::Bars;
    t.chart.valueColumns = {1, 2, 3, 4, 5, 6};
    t.chart.valueTitle = tr("Cases");
    t.note = tr("Received and closed: cases received, and cases closed, in the month. Open at month end: "
                "received by then and not closed yet. The filters apply to every figure.");
    r.tables.append(t);
    return r;
}

StatsReport StatsService::onTime(const StatsFilter& filter) const
{
    check(filter);
    StatsReport r = report(tr("Deadlines met on time"), QStringLiteral("on-time"), filter);
    const OnTimeResult result = OnTimeQuery(m_db, m_rules, m_language).run(filter, m_clock.now());
    if (result.isEmpty())
        r.message = tr("No cases were received in the period %1 under these filters.").arg(period(filter));
    else
        r.tables = onTimeTables(result);
    return r;
}

QList<StatsTable> StatsService::onTimeTables(const OnTimeResult& result) const
{
    using K = StatsTable::Kind;
    StatsTable byLine;
    byLine.title = tr("On time by deadline");
    byLine.sheet = tr("By deadline");
    byLine.header = {tr("Deadline"), tr("Owed by"),       tr("On time"),      tr("Late"),
                     tr("Overdue"),  tr("Still running"), tr("Share on time")};
    byLine.kinds = {K::Text, K::Text, K::Count, K::Count, K::Count, K::Count, K::Percent};
    const ClockOutcome outcomes[] = {ClockOutcome::OnTime, ClockOutcome::Late, ClockOutcome::Overdue,
                                     ClockOutcome::Running, ClockOutcome::Counted};
    QMap<QString, OnTimeCounts> owners;
    QStringList ownerOrder;
    for (int i = 0; i < result.lines.size(); ++i) {
        const OnTimeLine& line = result.lines.at(i);
        const OnTimeCounts& c = line.total;
        byLine.rows.append({line.label, line.owner, c.onTime, c.late, c.overdue, c.running,
                            c.counted() > 0 ? QVariant(c.share()) : QVariant()});
        for (int o = 0; o < 5; ++o)
            byLine.cellFilters.insert({i, 2 + o}, result.filterFor(line, outcomes[o]));
        if (!ownerOrder.contains(line.owner))
            ownerOrder.append(line.owner);
        owners[line.owner].add(c);
    }
    byLine.chart.kind = StatsChart::Kind::Stacked;
    byLine.chart.valueColumns = {2, 3, 4};
    byLine.chart.valueTitle = tr("Deadlines");
    byLine.note
        = tr("Every named deadline of the cases received in the period. Overdue: not met and past due on "
             "%1; still running: not due yet, left out of the share.")
              .arg(result.now.toTimeZone(m_rules.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    StatsTable byMonth;
    byMonth.title = tr("Share on time by month received");
    byMonth.sheet = tr("By month");
    byMonth.header.append(tr("Month"));
    byMonth.kinds.append(K::Text);
    for (const OnTimeLine& line : result.lines) {
        byMonth.header.append(line.label);
        byMonth.kinds.append(K::Percent);
        byMonth.chart.valueColumns.append(static_cast<int>(byMonth.header.size()) - 1);
    }
    for (int m = 0; m < result.months.size(); ++m) {
        QVariantList row {result.months.at(m).toString(QStringLiteral("yyyy-MM"))};
        for (int i = 0; i < result.lines.size(); ++i) {
            const OnTimeCounts& c = result.lines.at(i).byMonth.at(m);
            row.append(c.counted() > 0 ? QVariant(c.share()) : QVariant());
            byMonth.cellFilters.insert({m, 1 + i},
                                       result.filterFor(result.lines.at(i), ClockOutcome::Counted, m));
        }
        byMonth.rows.append(row);
    }
    byMonth.chart.kind = StatsChart::Kind::Lines;
    byMonth.chart.percentScale = true;
    byMonth.chart.valueTitle = tr("Share on time");

    StatsTable byOwner;
    byOwner.title = tr("On time by who owes the deadline");
    byOwner.sheet = tr("By owner");
    byOwner.header = {tr("Owed by"), tr("On time"), tr("Late"), tr("Overdue"), tr("Share on time")};
    byOwner.kinds = {K::Text, K::Count, K::Count, K::Count, K::Percent};
    for (const QString& owner : std::as_const(ownerOrder)) {
        const OnTimeCounts& c = owners.value(owner);
        byOwner.rows.append(
            {owner, c.onTime, c.late, c.overdue, c.counted() > 0 ? QVariant(c.share()) : QVariant()});
    }
    byOwner.chart.kind = StatsChart::Kind::Bars;
    byOwner.chart.valueColumns = {4};
    byOwner.chart.percentScale = true;
    byOwner.chart.valueTitle = tr("Share on time");
    return {byLine, byMonth, byOwner};
}

StatsReport StatsService::marks(const StatsFilter& filter) const
{
    check(filter);
    StatsReport r = report(tr("Customers' marks of the return visits"), QStringLiteral("marks"), filter);
    const VisitMarksResult result = VisitMarksQuery(m_db, m_rules.zone, m_language.isChinese()).run(filter);
    if (result.isEmpty()) {
        r.message = tr("No first return visits were made in the period %1 under these filters.")
                        .arg(period(filter));
        return r;
    }
    using By = VisitMarksResult::By;
    r.tables
        = {marksTable(result, By::Month), marksTable(result, By::Technician), marksTable(result, By::Agency)};
    return r;
}

StatsTable StatsService::marksTable(const VisitMarksResult& result, VisitMarksResult::By by) const
{
    using By = VisitMarksResult::By;
    using K = StatsTable::Kind;
    StatsTable t;
    const QString name = by == By::Month ? tr("Month")
        : by == By::Technician           ? tr("Technician")
                                         : tr("Service agency");
    t.title = by == By::Month  ? tr("Marks by month")
        : by == By::Technician ? tr("Marks by technician")
                               : tr("Marks by service agency");
    t.sheet = name;
    t.header = {name, tr("First return visits"), tr("With marks"), tr("Average marks")};
    t.kinds = {K::Text, K::Count, K::Count, K::Average};
    const QList<MarksGroup>& groups = by == By::Month ? result.byMonth
        : by == By::Technician                        ? result.byTechnician
                                                      : result.byAgency;
    for (int i = 0; i < groups.size(); ++i) {
        const MarksGroup& g = groups.at(i);
        t.rows.append({g.label, g.visits, g.marked, g.marked > 0 ? QVariant(g.average()) : QVariant()});
        for (int column = 1; column < 4; ++column)
            t.cellFilters.insert({i, column}, result.filterFor(by, g));
    }
    t.chart.kind = StatsChart::Kind::Bars;
    t.chart.valueColumns = {3};
    t.chart.scaleMax = 100;
    t.chart.valueTitle = tr("Average marks");
    t.note = tr(
        "First return visits made in the period (R7): the customer's marks, 0 to 100, for the whole on-site "
        "service.");
    return t;
}
