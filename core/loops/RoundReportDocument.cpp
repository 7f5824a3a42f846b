#include "loops/RoundReportDocument.h"

#include "UserError.h"
#include "loops/RoundQuery.h"
#include "loops/VisitRepository.h"
#include "reports/DocumentContext.h"
#include "reports/FieldGrid.h"
#include "reports/ReportHtml.h"

#include <QCoreApplication>

RoundReportDocument::RoundReportDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString RoundReportDocument::tr(const char* source, const char* disambiguation, int n) const
{
    return m_context.language().translate("RoundReportDocument", source, disambiguation, n);
}

QString RoundReportDocument::state(const CustomerVisit& v) const
{
    switch (v.status) {
    case CustomerVisitStatus::Due:
    case CustomerVisitStatus::Planned:
        return tr("Planned");
    case CustomerVisitStatus::Recorded:
        return tr("Recorded");
    case CustomerVisitStatus::Sent:
        return tr("Sent to the departments");
    case CustomerVisitStatus::Filed:
        return tr("Filed");
    case CustomerVisitStatus::Waived:
        return tr("Not needed");
    }
    return {};
}

ReportDocument RoundReportDocument::build(const VisitRound& r) const
{
    const DocumentContext& x = m_context;
    ReportDocument d = x.document(tr("Return-Visit Round"), r.number);
    d.html = ReportHtml::title(d.title, tr("Customer return visits organised by the general manager"));
    int visited = 0;
    int filed = 0;
    for (const CustomerVisit& v : r.visits) {
        visited += v.visitedOn.isValid() ? 1 : 0;
        filed += v.status == CustomerVisitStatus::Filed ? 1 : 0;
    }
    const int total = static_cast<int>(r.visits.size());
    d.tables.append(FieldGrid::make(tr("The round"),
                                    {{tr("Round"), r.number},
                                     {tr("Organised by"), r.organiser},
                                     {tr("Purpose"), r.purpose},
                                     {tr("Opened on"), x.date(r.createdAt)},
                                     {tr("Visits from"), r.from.toString(Qt::ISODate)},
                                     {tr("Visits by"), r.to.toString(Qt::ISODate)},
                                     {tr("Customers visited"), tr("%1 of %2").arg(visited).arg(total)},
                                     {tr("Records filed"), tr("%1 of %2").arg(filed).arg(total)}}));

    ReportTable visits;
    visits.heading = tr("The visits");
    visits.header = QStringList {tr("Visit"),      tr("Customer"), tr("Led by"),  tr("Planned for"),
                                 tr("Visited on"), tr("State"),    tr("Filed on")};
    visits.widths = {15, 25, 13, 12, 12, 12, 11};
    visits.unbroken = {0, 3, 4, 6};
    for (const CustomerVisit& v : r.visits)
        visits.rows.append({v.number, v.customerName, v.leaderName, v.plannedOn.toString(Qt::ISODate),
                            v.visitedOn.toString(Qt::ISODate), state(v), x.date(v.filedAt)});
    d.tables.append(visits);

    ReportTable said;
    said.heading = tr("What the customers said");
    said.header = QStringList {tr("Customer"), tr("Whom we met"), tr("Opinions of our products and service"),
                               tr("Suggestions")};
    said.widths = {20, 16, 36, 28};
    for (const CustomerVisit& v : r.visits)
        if (v.visitedOn.isValid())
            said.rows.append({v.customerName, v.customerPeople, v.opinions, v.suggestions});
    if (said.rows.isEmpty())
        said.rows.append({tr("No customer has been visited yet."), {}, {}, {}});
    d.tables.append(said);

    ReportTable sent;
    sent.heading = tr("Records sent to the departments");
    sent.header
        = QStringList {tr("Visit"), tr("Department"), tr("Sent on"), tr("Signed for"), tr("Signed by")};
    sent.widths = {17, 27, 16, 20, 20};
    sent.unbroken = {0, 2};
    for (const CustomerVisit& v : r.visits)
        for (const VisitRecipient& rec : v.recipients)
            sent.rows.append({v.number, x.unitName(rec.unitId, rec.unitName), x.date(v.sentAt),
                              x.dateTime(rec.receivedAt), rec.receivedBy});
    if (sent.rows.isEmpty())
        sent.rows.append({tr("No record has been sent yet."), {}, {}, {}, {}});
    d.tables.append(sent);

    d.htmlAfter = ReportHtml::signatures({tr("General manager"), tr("Filed by (Sales)")})
        + ReportHtml::note(
                      tr("The Sales Department sends each return-visit record to the departments concerned "
                         "and files it once each has signed for it."));
    return d;
}

ReportDocument RoundReportDocument::ofId(const QSqlDatabase& db, qint64 roundId, const ReportOptions& options)
{
    const auto round = VisitRepository(db).round(roundId);
    if (!round)
        throw UserError(
            QCoreApplication::translate("VisitService", "There is no such round of return visits."));
    const DocumentContext context(db, options);
    return RoundReportDocument(context).build(*round);
}

ReportDocument RoundReportDocument::ofNumber(const QSqlDatabase& db, const QString& number,
                                             const ReportOptions& options)
{
    const qint64 id = RoundQuery(db).idOfNumber(number);
    if (id == 0)
        throw UserError(QCoreApplication::translate("RoundReportDocument",
                                                    "There is no round of return visits "
                                                    "numbered %1.")
                            .arg(number.trimmed()));
    return ofId(db, id, options);
}
