#include "flow/FlowChartPage.h"

#include "cases/CaseListModel.h"
#include "cases/CaseTableView.h"
#include "flow/FlowChartWidget.h"
#include "improvement/ImprovementWindow.h"
#include "main/BackgroundCounts.h"
#include "main/Session.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

FlowChartPage::FlowChartPage(Session& session, BackgroundCounts& counts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_counts(counts)
    , m_query(session.makeUnique<CaseListQuery>())
{
    setObjectName(QStringLiteral("flowChartPage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("flowSplitter"));
    m_chart = new FlowChartWidget(split);
    m_chart->setObjectName(QStringLiteral("flowChart"));
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_listHeading = new QLabel(lower);
    lowerLayout->addWidget(m_listHeading);
    m_model = new CaseListModel(*m_query, session.clock(), this);
    m_model->setZone(session.workflow().deadlines().rules().zone);
    CaseFilter f;
    f.status = CaseStatuses::code(m_status);
    m_model->setFilter(f);
    m_table = new CaseTableView(QStringLiteral("flow/header"), lower);
    m_table->setObjectName(QStringLiteral("flowTable"));
    m_table->setModel(m_model);
    m_table->restoreColumns();
    lowerLayout->addWidget(m_table);
    split->addWidget(m_chart);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_chart, &FlowChartWidget::stepClicked, this, &FlowChartPage::showStep);
    connect(m_table, &CaseTableView::caseActivated, &m_session, &Session::openCaseRequested);
    // The counts come with the window's refresh after every save; the list here is paged.
    connect(&m_session, &Session::caseChanged, m_model, &CaseListModel::reload);
    // Saved by another program: the counts come with the window's; here only those rows change.
    connect(&m_session, &Session::changedElsewhere, this, [this](const QSet<qint64>& caseIds) {
        m_table->keepingPlace([this, &caseIds]() { m_model->refreshCases(caseIds); });
    });
    connect(&m_counts, &BackgroundCounts::flowReady, m_chart, &FlowChartWidget::setCounts);
    connect(&m_counts, &BackgroundCounts::loopsReady, m_chart, &FlowChartWidget::setLoops);
    connect(m_chart, &FlowChartWidget::loopClicked, this, [this](FlowLoopCount::Loop loop) {
        ImprovementWindow* improvement = ImprovementWindow::showIn(m_session, window());
        improvement->tabs()->setCurrentIndex(loop == FlowLoopCount::Actions       ? 0
                                                 : loop == FlowLoopCount::Tracing ? 1
                                                                                  : 2);
    });
    retranslate();
}

FlowChartPage::~FlowChartPage()
{
    m_table->saveColumns();
}

void FlowChartPage::reload()
{
    m_counts.refreshFlow();
    m_model->reload();
}

void FlowChartPage::showStep(CaseStatus status)
{
    m_status = status;
    CaseFilter f;
    f.status = CaseStatuses::code(status);
    m_model->setFilter(f);
    retranslate();
}

void FlowChartPage::retranslate()
{
    m_heading->setText(
        tr("<h2>After-sales flow</h2>Where every case stands. Click a step (or use the arrow keys "
           "and Enter) to list its cases."));
    m_chart->setAccessibleName(tr("After-sales flow chart"));
    m_listHeading->setText(tr("Cases at: %1").arg(CaseStatuses::displayName(m_status)));
    m_table->setAccessibleName(m_listHeading->text());
    m_chart->update();
}

void FlowChartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
