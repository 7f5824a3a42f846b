#include "loops/VisitPage.h"

#include "UserError.h"
#include "common/Palette.h"
#include "loops/LoopRules.h"
#include "loops/VisitDialog.h"
#include "loops/VisitService.h"
#include "main/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int pageSize = 200;

QString statusName(CustomerVisitStatus s)
{
    switch (s) {
    case CustomerVisitStatus::Due:
        return VisitPage::tr("Not planned yet");
    case CustomerVisitStatus::Planned:
        return VisitPage::tr("Planned");
    case CustomerVisitStatus::Recorded:
        return VisitPage::tr("Recorded");
    case CustomerVisitStatus::Sent:
        return VisitPage::tr("Sent to the departments");
    case CustomerVisitStatus::Filed:
        return VisitPage::tr("Filed");
    case CustomerVisitStatus::Waived:
        return VisitPage::tr("Not needed");
    }
    return {};
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

VisitPage::VisitPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("visitPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("visitSummary"));
    bar->addWidget(m_summary, 1);
    m_plan = new QPushButton(tr("&Plan…"), this);
    m_plan->setObjectName(QStringLiteral("planVisit"));
    m_record = new QPushButton(tr("R&ecord…"), this);
    m_record->setObjectName(QStringLiteral("recordVisit"));
    m_waive = new QPushButton(tr("&Not needed…"), this);
    m_waive->setObjectName(QStringLiteral("waiveVisit"));
    const User& user = session.user();
    m_plan->setVisible(LoopRules::mayDo(user, LoopStep::PlanVisit));
    m_record->setVisible(LoopRules::mayDo(user, LoopStep::RecordVisit));
    m_waive->setVisible(LoopRules::mayDo(user, LoopStep::WaiveVisit));
    bar->addWidget(m_plan);
    bar->addWidget(m_record);
    bar->addWidget(m_waive);
    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Customer"), tr("After"), tr("Due by"), tr("State"),
                                        tr("Led by"), tr("Planned for"), tr("Visited on")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    connect(m_plan, &QPushButton::clicked, this, [this]() { open(false); });
    connect(m_record, &QPushButton::clicked, this, [this]() { open(true); });
    connect(m_waive, &QPushButton::clicked, this, &VisitPage::waive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VisitPage::updateButtons);
    connect(&session, &Session::caseChanged, this, &VisitPage::reload);
    reload();
}

void VisitPage::reload()
{
    m_rows = VisitService(m_session.connection(), m_session.clock()).worklist(pageSize);
    m_table->setRowCount(0);
    const QDateTime now = m_session.clock().now();
    int overdue = 0;
    for (const CustomerVisit& v : m_rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString after = v.kind == CustomerVisitKind::AfterComplaint
            ? tr("Case %1").arg(v.caseNumber)
            : tr("Round %1: %2").arg(v.roundNumber, v.roundPurpose);
        const QStringList texts {v.number,
                                 v.customerName,
                                 after,
                                 v.dueAt.toLocalTime().date().toString(Qt::ISODate),
                                 statusName(v.status),
                                 v.leaderName,
                                 v.plannedOn.toString(Qt::ISODate),
                                 v.visitedOn.toString(Qt::ISODate)};
        for (int column = 0; column < texts.size(); ++column)
            m_table->setItem(row, column, cell(texts[column]));
        if (v.isOverdue(now)) {
            ++overdue;
            m_table->item(row, 3)->setForeground(Palette::overdue(palette()));
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n visit(s) to do, %1 of them overdue", nullptr, m_rows.size()).arg(overdue));
    updateButtons();
}

const CustomerVisit* VisitPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    return &m_rows.at(row);
}

void VisitPage::updateButtons()
{
    const CustomerVisit* v = selected();
    m_plan->setEnabled(v && v->isOpen());
    m_record->setEnabled(v && v->status == CustomerVisitStatus::Planned);
    m_waive->setEnabled(v && v->isOpen() && v->kind == CustomerVisitKind::AfterComplaint);
}

void VisitPage::open(bool record)
{
    const CustomerVisit* v = selected();
    if (!v)
        return;
    VisitDialog dialog(m_session, *v, record ? VisitDialog::Mode::Record : VisitDialog::Mode::Plan, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void VisitPage::waive()
{
    const CustomerVisit* v = selected();
    if (!v)
        return;
    const CustomerVisit visit = *v;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("No visit needed"), tr("Why is no visit needed after case %1?").arg(visit.caseNumber), {},
        &ok);
    if (!ok)
        return;
    try {
        VisitService(m_session.connection(), m_session.clock())
            .waive(m_session.user(), visit.caseId, visit.version, reason);
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("No visit needed"), e.message());
        return;
    }
    reload();
}
