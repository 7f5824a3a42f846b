#include "loops/SurveyPage.h"

#include "UserError.h"
#include "dates/CompanyTime.h"
#include "i18n/Translations.h"
#include "loops/LoopRules.h"
#include "loops/LoopTable.h"
#include "loops/SurveyAnswerDialog.h"
#include "loops/SurveyFindingDialog.h"
#include "loops/SurveyLetterDocument.h"
#include "loops/SurveyOpenDialog.h"
#include "loops/SurveyRepository.h"
#include "loops/SurveyReviewDialog.h"
#include "loops/SurveyService.h"
#include "loops/SurveySummaryDocument.h"
#include "main/Session.h"
#include "print/PrintController.h"
#include "reports/DocumentLanguage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString statusName(const Survey& s)
{
    switch (s.status()) {
    case SurveyStatus::Open:
        return SurveyPage::tr("letters out, answers coming back");
    case SurveyStatus::Reported:
        return SurveyPage::tr("summary sent to Quality");
    case SurveyStatus::Reviewed:
        return SurveyPage::tr("reviewed by Quality");
    }
    return {};
}
} // namespace

SurveyPage::SurveyPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("surveyPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    bar->addWidget(new QLabel(tr("Survey of"), this));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("surveyYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(session.clock().now().date().year());
    bar->addWidget(m_year);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("surveySummary"));
    bar->addWidget(m_summary, 1);
    const User& user = session.user();
    m_start = new QPushButton(tr("&Start the survey…"), this);
    m_start->setObjectName(QStringLiteral("startSurvey"));
    m_answer = new QPushButton(tr("Record the &answer…"), this);
    m_answer->setObjectName(QStringLiteral("recordAnswer"));
    m_report = new QPushButton(tr("Send the summary to &Quality…"), this);
    m_report->setObjectName(QStringLiteral("reportSurvey"));
    m_start->setVisible(LoopRules::mayDo(user, LoopStep::OpenSurvey));
    m_answer->setVisible(LoopRules::mayDo(user, LoopStep::RecordSurveyAnswer));
    m_report->setVisible(LoopRules::mayDo(user, LoopStep::ReportSurvey));

    auto* printBar = new QHBoxLayout;
    layout->addLayout(printBar);
    printBar->addWidget(new QLabel(tr("Print in:"), this));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("surveyLanguage"));
    m_language->addItem(tr("Each customer's language (letters)"), QString());
    for (const QString& code : DocumentLanguage::available())
        m_language->addItem(Translations::displayName(code), code);
    printBar->addWidget(m_language);
    m_print = new QToolButton(this);
    m_print->setObjectName(QStringLiteral("surveyPrint"));
    m_print->setText(tr("&Print"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_print);
    menu->addAction(tr("The &letters…"), this, [this]() { PrintController::preview(this, letters()); });
    menu->addAction(tr("The letters as P&DF…"), this,
                    [this]() { PrintController::savePdf(this, letters()); });
    menu->addAction(tr("The s&ummary…"), this, [this]() { PrintController::preview(this, summary()); });
    menu->addAction(tr("The summary as PD&F…"), this,
                    [this]() { PrintController::savePdf(this, summary()); });
    m_print->setMenu(menu);
    printBar->addWidget(m_print);
    printBar->addStretch(1);
    for (QPushButton* b : {m_start, m_answer, m_report}) // below the summary: room for its words
        printBar->addWidget(b);

    m_table = LoopTable::make(this, QStringLiteral("surveyTable"),
                              {tr("Customer"), tr("Language"), tr("Answered on"), tr("Quality"),
                               tr("Delivery dates"), tr("Comments")});
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto* review = new QWidget(split);
    auto* reviewLayout = new QVBoxLayout(review);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto* reviewBar = new QHBoxLayout;
    reviewLayout->addLayout(reviewBar);
    reviewBar->addWidget(new QLabel(tr("<b>Quality's review:</b> improvement opportunities"), review));
    reviewBar->addStretch(1);
    m_addFinding = new QPushButton(tr("Add an &improvement opportunity…"), review);
    m_addFinding->setObjectName(QStringLiteral("addFinding"));
    m_closeReview = new QPushButton(tr("&Close the review…"), review);
    m_closeReview->setObjectName(QStringLiteral("closeReview"));
    for (QPushButton* b : {m_addFinding, m_closeReview}) {
        b->setVisible(LoopRules::mayDo(user, LoopStep::ReviewSurvey));
        reviewBar->addWidget(b);
    }
    m_findings = LoopTable::make(
        review, QStringLiteral("findingTable"),
        {tr("Opportunity"), tr("Owner unit"), tr("Due by"), tr("Corrective action"), tr("Named by")});
    reviewLayout->addWidget(m_findings, 1);
    m_review = new QLabel(review);
    m_review->setObjectName(QStringLiteral("reviewNote"));
    m_review->setWordWrap(true);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reviewLayout->addWidget(m_review);
    split->addWidget(review);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_addFinding, &QPushButton::clicked, this, &SurveyPage::addFinding);
    connect(m_closeReview, &QPushButton::clicked, this, &SurveyPage::closeReview);
    connect(m_year, &QSpinBox::valueChanged, this, &SurveyPage::reload);
    connect(m_start, &QPushButton::clicked, this, &SurveyPage::start);
    connect(m_answer, &QPushButton::clicked, this, &SurveyPage::recordSelected);
    connect(m_report, &QPushButton::clicked, this, &SurveyPage::report);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SurveyPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this]() {
        if (m_answer->isVisible() && m_answer->isEnabled())
            recordSelected();
    });
    connect(&session, &Session::caseChanged, this, &SurveyPage::reload);
    reload();
}

void SurveyPage::setYear(int year)
{
    m_year->setValue(year);
    reload();
}

void SurveyPage::reload()
{
    const auto s = m_session.make<SurveyRepository>().ofYear(m_year->value());
    m_survey = s ? *s : Survey();
    m_table->setRowCount(0);
    for (const SurveyLetter& l : m_survey.letters)
        LoopTable::append(m_table,
                          {l.customerName, Translations::displayName(l.language),
                           l.answeredOn.toString(Qt::ISODate),
                           l.answered() ? QString::number(l.qualityScore) : QString(),
                           l.answered() ? QString::number(l.deliveryScore) : QString(), l.comments});
    m_table->resizeColumnsToContents();
    m_findings->setRowCount(0);
    for (const SurveyFinding& f : m_survey.findings)
        LoopTable::append(m_findings,
                          {f.finding, f.ownerUnit, f.dueOn.toString(Qt::ISODate),
                           f.actionRaised ? f.actionNumber : tr("Requested"), f.createdBy});
    m_findings->resizeColumnsToContents();
    if (m_survey.status() == SurveyStatus::Reviewed)
        m_review->setText(
            tr("Review closed by %1 on %2: %3")
                .arg(m_survey.reviewedBy,
                     CompanyTime::day(m_survey.reviewedAt, m_session.workflow().deadlines().rules().zone)
                         .toString(Qt::ISODate),
                     m_survey.reviewNote));
    else if (m_survey.status() == SurveyStatus::Reported)
        m_review->setText(tr("The summary is with the Quality Department for its review."));
    else
        m_review->setText(tr("Quality reviews the survey once Sales has sent the summary."));
    if (hasSurvey())
        m_summary->setText(tr("%1: %2 of %n letter(s) answered, %3", nullptr, m_survey.letters.size())
                               .arg(m_survey.number)
                               .arg(m_survey.answeredCount())
                               .arg(statusName(m_survey)));
    else
        m_summary->setText(tr("No survey of %1 yet.").arg(m_year->value()));
    updateButtons();
}

void SurveyPage::updateButtons()
{
    const bool open = hasSurvey() && m_survey.status() == SurveyStatus::Open;
    m_start->setEnabled(!hasSurvey());
    m_answer->setEnabled(open && LoopTable::selectedRow(m_table) >= 0);
    m_report->setEnabled(open && m_survey.answeredCount() > 0);
    m_print->setEnabled(hasSurvey());
    const bool reported = hasSurvey() && m_survey.status() == SurveyStatus::Reported;
    m_addFinding->setEnabled(reported);
    m_closeReview->setEnabled(reported);
}

QList<ReportDocument> SurveyPage::letters()
{
    ReportOptions options;
    const QString code = m_language->currentData().toString();
    options.language = code.isEmpty() ? Translations::current() : code;
    options.pageSize = Translations::pageSize();
    try {
        return m_session.call(&SurveyLetterDocument::ofYear, m_year->value(), options, !code.isEmpty());
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("Satisfaction survey"), e.message());
    }
    return {};
}

QList<ReportDocument> SurveyPage::summary()
{
    ReportOptions options;
    const QString code = m_language->currentData().toString();
    options.language = code.isEmpty() ? Translations::current() : code;
    options.pageSize = Translations::pageSize();
    try {
        return {m_session.call(&SurveySummaryDocument::ofYear, m_year->value(), options)};
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("Satisfaction survey"), e.message());
    }
    return {};
}

void SurveyPage::start()
{
    SurveyOpenDialog dialog(m_session, m_year->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SurveyPage::recordSelected()
{
    const int row = LoopTable::selectedRow(m_table);
    if (row < 0 || row >= m_survey.letters.size())
        return;
    SurveyAnswerDialog dialog(m_session, m_survey.letters.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SurveyPage::report()
{
    bool ok = false;
    const QString analysis = QInputDialog::getMultiLineText(
        this, tr("Send the summary to Quality"),
        tr("Your analysis of the answers (what went well, what the customers want better):"),
        m_survey.analysis, &ok);
    if (!ok)
        return;
    try {
        m_session.make<SurveyService>().report(m_session.user(), m_survey.id, analysis);
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("Send the summary to Quality"), e.message());
        return;
    }
    m_session.notifyChanged(0);
    reload();
}

int SurveyPage::addFinding()
{
    if (!hasSurvey())
        return QDialog::Rejected;
    SurveyFindingDialog dialog(m_session, m_survey.id, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        reload();
    return result;
}

int SurveyPage::closeReview()
{
    if (!hasSurvey())
        return QDialog::Rejected;
    SurveyReviewDialog dialog(m_session, m_survey, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        reload();
    return result;
}
