#include "queue/MyWorkPage.h"

#include "cases/CaseRowsModel.h"
#include "cases/CaseTableView.h"
#include "improvement/ImprovementItem.h"
#include "improvement/ImprovementQueue.h"
#include "main/BackgroundCounts.h"
#include "main/Session.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

MyWorkPage::MyWorkPage(Session& session, BackgroundCounts& counts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_counts(counts)
{
    setObjectName(QStringLiteral("myWorkPage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("myWorkHeading"));
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    m_model = new CaseRowsModel(session.clock(), this);
    m_model->setZone(session.workflow().deadlines().rules().zone);
    m_table = new CaseTableView(QStringLiteral("myWork/header"), this);
    m_table->setObjectName(QStringLiteral("myWorkTable"));
    m_table->setModel(m_model);
    m_table->restoreColumns();
    layout->addWidget(m_table, 1);
    connect(m_table, &CaseTableView::rowActivated, this, [this](int row) {
        // An action or an 8D step opens itself (issue 14); a case's duty opens the case.
        const CaseListRow r = m_model->row(row);
        if (!ImprovementItem::open(m_session, window(), r) && r.id > 0)
            emit m_session.openCaseRequested(r.id);
    });
    connect(&m_counts, &BackgroundCounts::groupsReady, this, &MyWorkPage::setGroups);
    connect(&m_counts, &BackgroundCounts::rowsReady, this, &MyWorkPage::setRows);
    updateHeading();
}

MyWorkPage::~MyWorkPage()
{
    m_table->saveColumns();
}

void MyWorkPage::showGroup(const QString& key)
{
    if (key != m_key) {
        m_key = key;
        m_model->setRows({});
    }
    updateHeading();
    m_counts.loadGroup(m_key);
}

void MyWorkPage::reload()
{
    m_counts.refresh(m_key);
}

void MyWorkPage::setGroups(const QList<QueueGroup>& groups)
{
    m_groups = groups;
    m_counting = false;
    updateHeading();
}

void MyWorkPage::setRows(const QString& key, const QList<CaseListRow>& rows)
{
    if (m_key.isEmpty())
        m_key = key; // the first count chose the first heading with cases
    if (key != m_key)
        return; // the person has moved to another heading since
    // Read again after a save here or elsewhere: the selection and the rows in sight stay.
    const CaseTableView::Place place = m_table->place();
    m_model->setRows(rows);
    m_table->restorePlace(place);
    updateHeading();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void MyWorkPage::updateHeading()
{
    QString label;
    if (m_counting) {
        label = tr("My work — counting…");
    } else {
        // The improvement loop's headings count actions or 8D steps, not cases.
        const bool items = m_key == ImprovementQueue::actionsKey() || m_key == ImprovementQueue::stepsKey()
            || m_key == ImprovementQueue::checkKey();
        for (const QueueGroup& g : std::as_const(m_groups))
            if (g.key == m_key && items)
                label = g.overdue > 0
                    ? tr("%1 — %n item(s), %2 overdue", nullptr, int(g.count)).arg(g.label).arg(g.overdue)
                    : tr("%1 — %n item(s)", nullptr, int(g.count)).arg(g.label);
            else if (g.key == m_key)
                label = g.overdue > 0
                    ? tr("%1 — %n case(s), %2 overdue", nullptr, int(g.count)).arg(g.label).arg(g.overdue)
                    : tr("%1 — %n case(s)", nullptr, int(g.count)).arg(g.label);
        if (label.isEmpty())
            label = tr("Nothing waits for you.");
    }
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(label.toHtmlEscaped()));
    m_table->setAccessibleName(label);
}

void MyWorkPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHeading(); // the window counts again, with the headings in the new language
    QWidget::changeEvent(event);
}
