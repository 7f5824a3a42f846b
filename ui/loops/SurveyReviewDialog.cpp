#include "loops/SurveyReviewDialog.h"

#include "common/Fields.h"
#include "common/FormButtons.h"
#include "common/FormMessage.h"
#include "loops/SurveyService.h"
#include "main/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SurveyReviewDialog::SurveyReviewDialog(Session& session, const Survey& survey, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_surveyId(survey.id)
{
    setObjectName(QStringLiteral("surveyReviewDialog"));
    setWindowTitle(tr("Close the review of survey %1").arg(survey.number));
    auto* layout = new QVBoxLayout(this);
    auto* found = new QLabel(this);
    found->setObjectName(QStringLiteral("reviewFindings"));
    found->setWordWrap(true);
    found->setText(survey.findings.isEmpty()
                       ? tr("No improvement opportunity has been named. Close the review only if the "
                            "customers' comments call for none.")
                       : tr("%n improvement opportunity(ies) named, each with its corrective action.",
                            nullptr, static_cast<int>(survey.findings.size())));
    layout->addWidget(found);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    note = Fields::text(this, 6);
    note->setObjectName(QStringLiteral("reviewNote"));
    m_errors.addRow(form, QStringLiteral("reviewNote"),
                    tr("What the departments &found (the reasons for the customers' comments)"), note, true);
    m_general = new FormMessage(this);
    layout->addWidget(m_general);
    auto* buttons = new FormButtons(this, [this]() { save(); });
    buttons->button(QDialogButtonBox::Save)->setText(tr("Close the &review"));
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString SurveyReviewDialog::generalError() const
{
    return m_general->shown();
}

bool SurveyReviewDialog::save()
{
    const bool saved = m_general->run(m_errors, [&]() {
        m_session.make<SurveyService>().review(m_session.user(), m_surveyId, note->toPlainText());
    });
    if (!saved)
        return false;
    m_session.notifyChanged(0);
    accept();
    return true;
}
