#include "queue/MyWorkPage.h"

#include "cases/CaseRowsModel.h"
#include "cases/CaseTableView.h"
#include "main/Session.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

MyWorkPage::MyWorkPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_queue(session.connection(), session.clock())
{
    setObjectName(QStringLiteral("myWorkPage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("myWorkHeading"));
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    m_model = new CaseRowsModel(session.clock(), this);
    m_table = new CaseTableView(QStringLiteral("myWork/header"), this);
    m_table->setObjectName(QStringLiteral("myWorkTable"));
    m_table->setModel(m_model);
    m_table->restoreColumns();
    layout->addWidget(m_table, 1);
    connect(m_table, &CaseTableView::caseActivated, &m_session, &Session::openCaseRequested);
    const QList<QueueGroup> all = groups();
    for (const QueueGroup& g : all)
        if (g.count > 0) {
            m_key = g.key;
            break;
        }
    if (m_key.isEmpty() && !all.isEmpty())
        m_key = all.first().key;
    reload();
}

MyWorkPage::~MyWorkPage()
{
    m_table->saveColumns();
}

QList<QueueGroup> MyWorkPage::groups() const
{
    return m_queue.groups(m_session.user());
}

void MyWorkPage::showGroup(const QString& key)
{
    m_key = key;
    reload();
}

void MyWorkPage::reload()
{
    const QList<CaseListRow> rows = m_queue.rows(m_session.user(), m_key);
    m_model->setRows(rows);
    QString label;
    const QList<QueueGroup> all = groups();
    for (const QueueGroup& g : all)
        if (g.key == m_key)
            label = g.overdue > 0
                ? tr("%1 — %n case(s), %2 overdue", nullptr, int(g.count)).arg(g.label).arg(g.overdue)
                : tr("%1 — %n case(s)", nullptr, int(g.count)).arg(g.label);
    if (label.isEmpty())
        label = tr("Nothing waits for you.");
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(label.toHtmlEscaped()));
    m_table->setAccessibleName(label);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void MyWorkPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}
