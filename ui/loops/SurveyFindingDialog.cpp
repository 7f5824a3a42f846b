#include "loops/SurveyFindingDialog.h"

#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "common/FormButtons.h"
#include "common/FormMessage.h"
#include "loops/SurveyService.h"
#include "main/Session.h"
#include "reference/ReferenceData.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

SurveyFindingDialog::SurveyFindingDialog(Session& session, qint64 surveyId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_surveyId(surveyId)
{
    setObjectName(QStringLiteral("surveyFindingDialog"));
    setWindowTitle(tr("Improvement opportunity"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Saving raises a corrective action for the unit that owns it."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    finding = Fields::text(this, 4);
    finding->setObjectName(QStringLiteral("finding"));
    owner = new QComboBox(this);
    owner->setObjectName(QStringLiteral("ownerUnit"));
    Fields::fill(owner, session.make<ReferenceData>().units(), tr("Choose the unit"));
    const QTimeZone zone = session.workflow().deadlines().rules().zone;
    dueOn = new DateTimeField(DateTimeField::Kind::Date, session.clock(), zone, this);
    dueOn->setObjectName(QStringLiteral("dueOn"));
    m_errors.addRow(form, QStringLiteral("finding"), tr("What is to be &improved"), finding, true);
    m_errors.addRow(form, QStringLiteral("ownerUnitId"), tr("&Owner unit"), owner, true);
    m_errors.addRow(form, QStringLiteral("dueOn"), tr("&Due by"), dueOn, true);
    m_general = new FormMessage(this);
    layout->addWidget(m_general);
    layout->addWidget(new FormButtons(this, [this]() { save(); }));
    setMinimumWidth(480);
}

bool SurveyFindingDialog::save()
{
    const bool saved = m_general->run(m_errors, [&]() {
        const QDate due = dueOn->isEmpty() ? QDate() : dueOn->checkedDate();
        m_findingId = m_session.make<SurveyService>().addFinding(
            m_session.user(), m_surveyId, {finding->toPlainText(), Fields::id(owner), due});
    });
    if (!saved)
        return false;
    m_session.notifyChanged(0);
    accept();
    return true;
}
