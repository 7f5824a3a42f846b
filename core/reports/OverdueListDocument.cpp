#include "reports/OverdueListDocument.h"

#include "improvement/ImprovementWords.h"
#include "reports/DocumentContext.h"
#include "reports/ReportHtml.h"

OverdueListDocument::OverdueListDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString OverdueListDocument::tr(const char* source, const char* disambiguation, int n) const
{
    return m_context.language().translate("OverdueListDocument", source, disambiguation, n);
}

QString OverdueListDocument::stepText(const QString& code) const
{
    static const QList<QPair<const char*, const char*>> steps {
        {"disposal", QT_TRANSLATE_NOOP("OverdueListDocument", "Give the customer a disposal suggestion")},
        {"send", QT_TRANSLATE_NOOP("OverdueListDocument", "Send the case to Quality")},
        {"processing", QT_TRANSLATE_NOOP("OverdueListDocument", "Finish processing the case")},
        {"plan", QT_TRANSLATE_NOOP("OverdueListDocument", "Organize the processing plan")},
        {"implement", QT_TRANSLATE_NOOP("OverdueListDocument", "Carry out the plan")},
        {"unit_reply", QT_TRANSLATE_NOOP("OverdueListDocument", "Reply to the feedback sheet")},
        {"arrival", QT_TRANSLATE_NOOP("OverdueListDocument", "Arrive on site")},
        {"first_visit", QT_TRANSLATE_NOOP("OverdueListDocument", "First return visit (phone)")},
        {"second_visit", QT_TRANSLATE_NOOP("OverdueListDocument", "Second return visit (phone)")},
        {"follow_up", QT_TRANSLATE_NOOP("OverdueListDocument", "Technical support follow-up")},
    };
    for (const auto& [key, text] : steps)
        if (code == QLatin1String(key))
            return tr(text);
    return code;
}

QString OverdueListDocument::dutyText(const OverdueRow& row) const
{
    if (row.stepCode == QLatin1String("action"))
        return tr("Corrective action %1").arg(row.task);
    if (row.stepCode == QLatin1String("8d_step"))
        return tr("%1 of tracing %2")
            .arg(m_context.language().translate("ImprovementWords", ImprovementWords::stepSource(row.step)),
                 row.task);
    const QString step = stepText(row.stepCode);
    return row.task.isEmpty() ? step : tr("%1: %2").arg(step, row.task);
}

QString OverdueListDocument::ownerText(const OverdueRow& row) const
{
    // The department and, when known, its person: the clerk who logged the case, the engineer
    // who recorded it; the technician by name; the unit in the document's language.
    if (row.ownerKind == QLatin1String("sales"))
        return row.ownerName.isEmpty() ? tr("Sales") : tr("Sales (%1)").arg(row.ownerName);
    if (row.ownerKind == QLatin1String("quality"))
        return row.ownerName.isEmpty() ? tr("Quality") : tr("Quality (%1)").arg(row.ownerName);
    if (row.ownerKind == QLatin1String("technician"))
        return row.ownerName.isEmpty() ? tr("Service technician")
                                       : tr("Service technician %1").arg(row.ownerName);
    if (row.ownerKind == QLatin1String("person"))
        return row.ownerName;
    if (row.ownerUnitId > 0)
        return m_context.unitName(row.ownerUnitId, row.ownerUnitName);
    return row.ownerCode;
}

ReportDocument OverdueListDocument::build(const QList<OverdueRow>& rows) const
{
    const DocumentContext& x = m_context;
    ReportDocument d = x.document(
        tr("Overdue Work"),
        QStringLiteral("OD-") + x.now().toTimeZone(x.zone()).toString(QStringLiteral("yyyyMMdd-HHmm")));
    // Painted row by row (TablePainter): the case number, the model code and the due time are
    // never broken across lines.
    ReportTable table;
    table.header = QStringList {tr("Case"),    tr("Customer"), tr("Product"),   tr("What is owed"),
                                tr("Owed by"), tr("Due"),      tr("Overdue by")};
    table.widths = {12, 19, 11, 22, 14, 13, 9};
    table.unbroken = {0, 2, 5};
    table.gapAboveMm = 1.5;
    table.fontPoints = 9;
    table.rows.reserve(rows.size());
    for (const OverdueRow& r : rows) {
        const qint64 hours = r.dueAt.secsTo(x.now()) / 3600;
        const QString late = hours >= 48
            ? tr("%n day(s)", nullptr, static_cast<int>(hours / 24))
            : tr("%n hour(s)", nullptr, static_cast<int>(std::max<qint64>(1, hours)));
        table.rows.append(
            {r.caseNumber, r.customer, r.product, dutyText(r), ownerText(r), x.dateTime(r.dueAt), late});
    }
    d.html = ReportHtml::title(d.title, tr("As of %1").arg(x.dateTime(x.now())))
        + ReportHtml::paragraph(tr("Duties whose deadline has passed, one line each: %n.", nullptr,
                                   static_cast<int>(rows.size())));
    d.tables.append(table);
    return d;
}
