#include "improvement/RectificationNoticeDocument.h"

#include "Clock.h"
#include "improvement/ActionService.h"
#include "improvement/ImprovementWords.h"
#include "reports/DocumentContext.h"
#include "reports/FieldGrid.h"
#include "reports/ReportHtml.h"

RectificationNoticeDocument::RectificationNoticeDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString RectificationNoticeDocument::tr(const char* source) const
{
    return m_context.translate("RectificationNoticeDocument", source);
}

QString RectificationNoticeDocument::word(const char* source) const
{
    return m_context.translate("ImprovementWords", source);
}

ReportDocument RectificationNoticeDocument::build(const CorrectiveAction& a) const
{
    const DocumentContext& x = m_context;
    ReportDocument d = x.document(tr("Rectification Notice"), a.number);
    d.html = ReportHtml::title(d.title, a.preventive ? tr("Preventive action") : tr("Corrective action"));
    QString from = tr("Raised by hand");
    if (a.source == ActionSource::Case)
        from = tr("Case %1").arg(a.caseNumber);
    else if (a.source == ActionSource::Tracing)
        from = tr("Tracing %1 (case %2)").arg(a.tracingNumber, a.caseNumber);
    else if (a.source == ActionSource::Survey)
        from = tr("Customer satisfaction survey");
    d.tables.append(FieldGrid::make(tr("The action"),
                                    {{tr("Raised from"), from},
                                     {tr("Kind"), word(ImprovementWords::kindSource(a.kind))},
                                     {tr("Owner unit"), x.unitName(a.ownerUnitId, a.ownerUnit)},
                                     {tr("Due by"), a.dueOn.toString(Qt::ISODate)},
                                     {tr("Raised"), x.dateTime(a.raisedAt)},
                                     {tr("Raised by"), a.raisedBy},
                                     {tr("State"), word(ImprovementWords::statusSource(a.status))}}));
    d.tables.append(FieldGrid::make({}, {{tr("What is to be corrected"), a.what}}, 1));
    ReportTable meetings;
    meetings.heading = tr("Circulation");
    meetings.header = QStringList {tr("Meeting"), tr("Held on"), tr("Signed off by")};
    meetings.widths = {44, 20, 36};
    meetings.blankEmpty = true;
    meetings.minLines = 2;
    for (Meeting m : ImprovementWords::meetings()) {
        QStringList row {word(ImprovementWords::meetingSource(m)), QString(), QString()};
        for (const Circulation& c : a.circulations)
            if (c.meeting == m)
                row = QStringList {row.first(), c.metOn.toString(Qt::ISODate), c.signedOffBy};
        meetings.rows.append(row);
    }
    d.tables.append(meetings);
    d.tables.append(FieldGrid::make(tr("Done and checked"),
                                    {{tr("What was done"), a.doneNote},
                                     {tr("Reported done"), x.dateTime(a.doneAt)},
                                     {tr("Effectiveness check"), a.checkNote},
                                     {tr("Checked"), x.dateTime(a.checkedAt)},
                                     {tr("Closed"), x.dateTime(a.closedAt)},
                                     {tr("Closed by"), a.closedBy}},
                                    1));
    d.htmlAfter = ReportHtml::signatures({tr("Quality Department"), tr("Owner unit")})
        + ReportHtml::note(
                      tr("Circulated at the quality management meeting, the technical coordination meeting "
                         "and the joint production meeting; closed once checked effective."));
    return d;
}

ReportDocument RectificationNoticeDocument::ofNumber(const QSqlDatabase& db, const QString& number,
                                                     const ReportOptions& options)
{
    const SystemClock clock; // loading an action asks no time
    const ActionService actions(db, clock);
    const CorrectiveAction a = actions.load(actions.idOfNumber(number));
    const DocumentContext context(db, options);
    return RectificationNoticeDocument(context).build(a);
}
