#include "loops/SurveyAnswerDialog.h"

#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "common/FormButtons.h"
#include "common/FormMessage.h"
#include "loops/SurveyService.h"
#include "main/Session.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

SurveyAnswerDialog::SurveyAnswerDialog(Session& session, const SurveyLetter& letter, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_letter(letter)
{
    setObjectName(QStringLiteral("surveyAnswerDialog"));
    setWindowTitle(tr("Survey answer: %1").arg(letter.customerName));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const QTimeZone zone = session.workflow().deadlines().rules().zone;
    answeredOn = new DateTimeField(DateTimeField::Kind::Date, session.clock(), zone, this);
    answeredOn->setObjectName(QStringLiteral("answeredOn"));
    answeredOn->setDate(letter.answered() ? letter.answeredOn
                                          : session.clock().now().toTimeZone(zone).date());
    const auto score = [this](const QString& name, int value) {
        auto* box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(0, 5);
        box->setSpecialValueText(tr("not given"));
        box->setValue(value);
        return box;
    };
    quality = score(QStringLiteral("qualityScore"), letter.qualityScore);
    delivery = score(QStringLiteral("deliveryScore"), letter.deliveryScore);
    comments = Fields::text(this, 4);
    comments->setObjectName(QStringLiteral("comments"));
    comments->setPlainText(letter.comments);
    m_errors.addRow(form, QStringLiteral("answeredOn"), tr("Answer came back &on"), answeredOn, true);
    m_errors.addRow(form, QStringLiteral("qualityScore"), tr("Score for &quality (1-5)"), quality, true);
    m_errors.addRow(form, QStringLiteral("deliveryScore"), tr("Score for &delivery dates (1-5)"), delivery,
                    true);
    m_errors.addRow(form, QStringLiteral("comments"), tr("The customer's &comments"), comments);
    m_general = new FormMessage(this);
    layout->addWidget(m_general);
    layout->addWidget(new FormButtons(this, [this]() { save(); }));
    setMinimumWidth(460);
}

bool SurveyAnswerDialog::save()
{
    const bool saved = m_general->run(m_errors, [&]() {
        m_session.make<SurveyService>().recordAnswer(
            m_session.user(), m_letter.id,
            {answeredOn->checkedDate(), quality->value(), delivery->value(), comments->toPlainText()});
    });
    if (!saved)
        return false;
    m_session.notifyChanged(0);
    accept();
    return true;
}
