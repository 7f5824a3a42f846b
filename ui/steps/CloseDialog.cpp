#include "steps/CloseDialog.h"

#include "common/Fields.h"
#include "main/Session.h"

#include <QFormLayout>
#include <QPlainTextEdit>

CloseDialog::CloseDialog(Session& session, const QualityCase& c, QWidget* parent)
    : StepDialog(session, c, tr("Close the case"), parent)
{
    setObjectName(QStringLiteral("closeDialog"));
    const QStringList owed = session.workflow().owed(c);
    if (!owed.isEmpty()) {
        QString list;
        for (const QString& o : owed)
            list += QStringLiteral("<li>") + o.toHtmlEscaped() + QStringLiteral("</li>");
        addNote(
            tr("<b>Still owed:</b><ul>%1</ul>The case can only be closed if you waive this with a reason.")
                .arg(list));
    }
    m_summary = Fields::text(this);
    m_summary->setPlainText(c.problemSummary.isEmpty() ? c.analysis : c.problemSummary);
    addRow(QStringLiteral("problemSummary"), tr("Problem"), m_summary, true);
    m_result = Fields::text(this);
    addRow(QStringLiteral("treatmentResult"), tr("Result of treatment"), m_result, true);
    m_letter = Fields::text(this, 5);
    addRow(QStringLiteral("writtenFeedback"), tr("Written feedback to the customer"), m_letter, true);
    m_waiver = Fields::text(this, 2);
    m_waiver->setEnabled(!owed.isEmpty());
    addRow(QStringLiteral("waiverReason"), tr("Reason for the waiver"), m_waiver, !owed.isEmpty());
}

void CloseDialog::submit()
{
    CloseData d;
    d.problemSummary = m_summary->toPlainText();
    d.treatmentResult = m_result->toPlainText();
    d.writtenFeedback = m_letter->toPlainText();
    d.waiverReason = m_waiver->toPlainText();
    m_session.workflow().closeCase(m_session.user(), ref(), d);
}
