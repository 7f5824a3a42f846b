#include "loops/SurveyReviewDialog.h"

#include "UserError.h"
#include "common/Fields.h"
#include "common/Palette.h"
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
    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: %1").arg(Palette::error(palette()).name()));
    m_general->hide();
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Close the &review"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

QString SurveyReviewDialog::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

bool SurveyReviewDialog::save()
{
    m_errors.clear();
    m_general->hide();
    try {
        m_session.make<SurveyService>().review(m_session.user(), m_surveyId, note->toPlainText());
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
