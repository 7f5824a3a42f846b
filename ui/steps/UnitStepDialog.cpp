#include "steps/UnitStepDialog.h"

#include "common/Fields.h"
#include "dates/CompanyTime.h"
#include "main/Session.h"

#include <QComboBox>
#include <QLocale>
#include <QPlainTextEdit>

QList<CaseUnit> UnitStepDialog::owing(const QualityCase& c, Kind kind, const User& user)
{
    QList<CaseUnit> list;
    for (const CaseUnit& unit : c.units) {
        if (user.role == Role::ResponsibleUnit && unit.unitId != user.unitId)
            continue;
        if (kind == Kind::Reply ? !unit.repliedAt.isValid() : !unit.receivedAt.isValid())
            list.append(unit);
    }
    return list;
}

UnitStepDialog::UnitStepDialog(Session& session, const QualityCase& c, Kind kind, QWidget* parent)
    : StepDialog(session, c,
                 kind == Kind::Reply ? tr("Unit's reply") : tr("Unit's receipt of the feedback sheet"),
                 parent)
    , m_kind(kind)
{
    setObjectName(kind == Kind::Reply ? QStringLiteral("unitReplyDialog")
                                      : QStringLiteral("unitReceiptDialog"));
    if (c.sheet)
        addNote(tr("Feedback sheet <b>%1</b>").arg(c.sheet->number.toHtmlEscaped()));
    m_unit = new QComboBox(this);
    for (const CaseUnit& unit : owing(c, kind, session.user()))
        m_unit->addItem(
            tr("%1 — %2 (due %3)")
                .arg(unit.unitName, unit.task,
                     CompanyTime::minutes(unit.dueAt, session.workflow().deadlines().rules().zone)),
            unit.unitId);
    addRow(QStringLiteral("unitId"), tr("Responsible unit"), m_unit, true);
    if (kind == Kind::Reply) {
        m_reply = Fields::text(this, 5);
        addRow(QStringLiteral("reply"), tr("Reply: what the unit did or will do"), m_reply, true);
    }
    resize(600, kind == Kind::Reply ? 380 : 220);
}

void UnitStepDialog::submit()
{
    const qint64 unitId = m_unit->currentData().toLongLong();
    if (m_kind == Kind::Reply)
        m_session.workflow().recordUnitReply(m_session.user(), ref(), unitId, m_reply->toPlainText());
    else
        m_session.workflow().recordUnitReceipt(m_session.user(), ref(), unitId);
}
