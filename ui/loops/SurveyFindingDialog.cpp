#include "loops/SurveyFindingDialog.h"

#include "UserError.h"
#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "common/Palette.h"
#include "loops/SurveyService.h"
#include "main/Session.h"
#include "reference/ReferenceData.h"

#include <QComboBox>
#include <QDialogButtonBox>
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
    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: %1").arg(Palette::error(palette()).name()));
    m_general->hide();
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

bool SurveyFindingDialog::save()
{
    m_errors.clear();
    m_general->hide();
    try {
        const QDate due = dueOn->isEmpty() ? QDate() : dueOn->checkedDate();
        m_findingId = m_session.make<SurveyService>().addFinding(
            m_session.user(), m_surveyId, {finding->toPlainText(), Fields::id(owner), due});
    } catch (const UserError& e) {
        if (!m_errors.show(e.fieldErrors())) {
            m_general->setText(e.message());
            m_general->show();
        }
        return false;
    }
    m_session.notifyChanged(0);
    accept();
    return true;
}
