#include "improvement/ImprovementWindow.h"

#include "common/Palette.h"
#include "improvement/ActionsPage.h"
#include "improvement/GroupsPage.h"
#include "improvement/ImprovementList.h"
#include "improvement/ImprovementQuery.h"
#include "improvement/ImprovementWords.h"
#include "improvement/TracingDialog.h"
#include "main/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int pageSize = 100;
} // namespace

ImprovementWindow* ImprovementWindow::showIn(Session& session, QWidget* mainWindow)
{
    auto* improvement = mainWindow->findChild<ImprovementWindow*>();
    if (!improvement) {
        improvement = new ImprovementWindow(session, mainWindow);
        improvement->setAttribute(Qt::WA_DeleteOnClose);
    }
    improvement->show();
    improvement->raise();
    return improvement;
}

ImprovementWindow::ImprovementWindow(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("improvementWindow"));
    setWindowTitle(tr("Improvement"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_actions = new ActionsPage(session, m_tabs);
    m_tabs->addTab(m_actions, tr("Corrective &actions"));

    auto* tracingPage = new QWidget(m_tabs);
    auto* tracingLayout = new QVBoxLayout(tracingPage);
    auto* split = new QSplitter(Qt::Vertical, tracingPage);
    m_tracings = ImprovementList::make(
        split, QStringLiteral("tracingsTable"),
        {tr("Tracing"), tr("Case"), tr("Traced because"), tr("Signed off"), tr("State")});
    auto* duePart = new QWidget(split);
    auto* dueLayout = new QVBoxLayout(duePart);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(new QLabel(tr("8D steps due"), duePart));
    m_stepsDue = ImprovementList::make(duePart, QStringLiteral("stepsDueTable"),
                                       {tr("Tracing"), tr("Case"), tr("Step"), tr("Owner"), tr("Due")});
    dueLayout->addWidget(m_stepsDue);
    tracingLayout->addWidget(split, 1);
    auto* tracingButtons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open tracing…"), tracingPage);
    open->setObjectName(QStringLiteral("openTracing"));
    m_moreTracings = new QPushButton(tr("&More"), tracingPage);
    tracingButtons->addWidget(open);
    tracingButtons->addStretch(1);
    tracingButtons->addWidget(m_moreTracings);
    tracingLayout->addLayout(tracingButtons);
    m_tabs->addTab(tracingPage, tr("&Tracings (8D)"));
    m_groups = new GroupsPage(session, m_tabs);
    m_tabs->addTab(m_groups, tr("Special treatment &groups"));
    layout->addWidget(m_tabs);

    connect(open, &QPushButton::clicked, this, &ImprovementWindow::openTracing);
    connect(m_tracings, &QTableWidget::cellDoubleClicked, this, &ImprovementWindow::openTracing);
    connect(m_stepsDue, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        TracingDialog dialog(m_session, m_stepsDue->item(row, 0)->data(Qt::UserRole).toLongLong(), this);
        dialog.exec();
        reloadTracings();
    });
    connect(m_moreTracings, &QPushButton::clicked, this, [this]() {
        const QList<TracingRow> rows = m_session.make<ImprovementQuery>().tracings(m_lastTracing, pageSize);
        for (const TracingRow& t : rows)
            ImprovementList::addRow(m_tracings,
                                    {t.number, t.caseNumber, ImprovementWords::reasonName(t.reason),
                                     tr("%1 of 9").arg(t.signedSteps), t.closed ? tr("Closed") : tr("Open")},
                                    t.id);
        if (!rows.isEmpty())
            m_lastTracing = rows.last().id;
        m_moreTracings->setEnabled(rows.size() == pageSize);
        m_tracings->resizeColumnsToContents();
    });
    reloadTracings();
    resize(1000, 640);
}

void ImprovementWindow::reloadTracings()
{
    m_tracings->setRowCount(0);
    m_lastTracing = 0;
    m_moreTracings->click();
    m_stepsDue->setRowCount(0);
    const ImprovementQuery query = m_session.make<ImprovementQuery>();
    for (const StepRow& s : query.stepsDue(false, {}, 0, pageSize))
        ImprovementList::addRow(m_stepsDue,
                                {s.tracingNumber, s.caseNumber, ImprovementWords::stepTitle(s.step), s.owner,
                                 s.dueOn.toString(Qt::ISODate)},
                                s.tracingId, s.overdue ? Palette::overdue(palette()) : QColor());
    m_stepsDue->resizeColumnsToContents();
}

void ImprovementWindow::openTracing()
{
    const qint64 id = ImprovementList::selectedId(m_tracings);
    if (id <= 0)
        return;
    TracingDialog dialog(m_session, id, this);
    dialog.exec();
    reloadTracings();
}
