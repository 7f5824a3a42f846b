#include "loops/VisitPage.h"

#include "UserError.h"
#include "common/Palette.h"
#include "dates/CompanyTime.h"
#include "i18n/Translations.h"
#include "loops/LoopRules.h"
#include "loops/LoopTable.h"
#include "loops/RoundDialog.h"
#include "loops/VisitDialog.h"
#include "loops/VisitReportDocument.h"
#include "loops/VisitService.h"
#include "main/Session.h"
#include "print/PrintController.h"
#include "reference/ReferenceData.h"
#include "reports/DocumentContext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
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
    m_round = new QPushButton(tr("New r&ound…"), this);
    m_round->setObjectName(QStringLiteral("newRound"));
    m_round->setVisible(LoopRules::mayDo(user, LoopStep::OpenRound));
    m_send = new QPushButton(tr("&Send…"), this);
    m_send->setObjectName(QStringLiteral("sendVisit"));
    m_send->setVisible(LoopRules::mayDo(user, LoopStep::SendVisitRecord));
    m_sign = new QPushButton(tr("Si&gn for it"), this);
    m_sign->setObjectName(QStringLiteral("signVisit"));
    m_sign->setVisible(LoopRules::mayDo(user, LoopStep::AcknowledgeVisitRecord));
    m_file = new QPushButton(tr("&File"), this);
    m_file->setObjectName(QStringLiteral("fileVisit"));
    m_file->setVisible(LoopRules::mayDo(user, LoopStep::FileVisitRecord));
    m_print = new QPushButton(tr("Prin&t report…"), this);
    m_print->setObjectName(QStringLiteral("printVisit"));
    for (QPushButton* b : {m_round, m_send, m_sign, m_file, m_print})
        bar->addWidget(b);
    m_table = LoopTable::make(this, QStringLiteral("visitTable"),
                              {tr("Number"), tr("Customer"), tr("After"), tr("Due by"), tr("State"),
                               tr("Led by"), tr("Planned for"), tr("Visited on")});
    layout->addWidget(m_table, 1);
    connect(m_plan, &QPushButton::clicked, this, [this]() { open(false); });
    connect(m_record, &QPushButton::clicked, this, [this]() { open(true); });
    connect(m_waive, &QPushButton::clicked, this, &VisitPage::waive);
    connect(m_round, &QPushButton::clicked, this, &VisitPage::newRound);
    connect(m_send, &QPushButton::clicked, this, [this]() {
        const QList<qint64> units = chooseUnits();
        if (!units.isEmpty())
            send(units);
    });
    connect(m_sign, &QPushButton::clicked, this, &VisitPage::signFor);
    connect(m_file, &QPushButton::clicked, this, &VisitPage::file);
    connect(m_print, &QPushButton::clicked, this, [this]() { PrintController::preview(this, report()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VisitPage::updateButtons);
    connect(&session, &Session::caseChanged, this, &VisitPage::reload);
    reload();
}

void VisitPage::reload()
{
    m_rows = m_session.make<VisitService>().worklist(pageSize);
    m_table->setRowCount(0);
    const QDateTime now = m_session.clock().now();
    int overdue = 0;
    for (const CustomerVisit& v : m_rows) {
        const QString after = v.kind == CustomerVisitKind::AfterComplaint
            ? tr("Case %1").arg(v.caseNumber)
            : tr("Round %1: %2").arg(v.roundNumber, v.roundPurpose);
        const QStringList texts {
            v.number,
            v.customerName,
            after,
            CompanyTime::day(v.dueAt, m_session.workflow().deadlines().rules().zone).toString(Qt::ISODate),
            statusName(v.status),
            v.leaderName,
            v.plannedOn.toString(Qt::ISODate),
            v.visitedOn.toString(Qt::ISODate)};
        const int row = LoopTable::append(m_table, texts);
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
    const bool returnVisit = v && v->kind == CustomerVisitKind::ReturnVisit;
    m_send->setEnabled(returnVisit && v->status == CustomerVisitStatus::Recorded);
    m_sign->setEnabled(returnVisit && v->status == CustomerVisitStatus::Sent && !waitingUnits(*v).isEmpty());
    bool allSigned = returnVisit && v->status == CustomerVisitStatus::Sent;
    for (const VisitRecipient& r : v ? v->recipients : QList<VisitRecipient>())
        allSigned = allSigned && r.receivedAt.isValid();
    m_file->setEnabled(allSigned);
    m_print->setEnabled(v && v->id > 0);
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
        m_session.make<VisitService>().waive(m_session.user(), visit.caseId, visit.version, reason);
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("No visit needed"), e.message());
        return;
    }
    reload();
}

QList<qint64> VisitPage::waitingUnits(const CustomerVisit& v) const
{
    const QList<qint64> mine = m_session.call(&VisitService::unitsOf, m_session.user());
    QList<qint64> waiting;
    for (const VisitRecipient& r : v.recipients)
        if (!r.receivedAt.isValid() && mine.contains(r.unitId))
            waiting.append(r.unitId);
    return waiting;
}

void VisitPage::newRound()
{
    RoundDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

QList<qint64> VisitPage::chooseUnits()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("sendVisitDialog"));
    dialog.setWindowTitle(tr("Send the return-visit record"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The departments the record goes to; each signs for it:"), &dialog));
    auto* units = new QListWidget(&dialog);
    units->setObjectName(QStringLiteral("units"));
    for (const NamedItem& u : m_session.make<ReferenceData>().units()) {
        auto* item = new QListWidgetItem(u.name, units);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(units);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QList<qint64> chosen;
    if (dialog.exec() != QDialog::Accepted)
        return chosen;
    for (int i = 0; i < units->count(); ++i)
        if (units->item(i)->checkState() == Qt::Checked)
            chosen.append(units->item(i)->data(Qt::UserRole).toLongLong());
    if (chosen.isEmpty())
        QMessageBox::warning(this, tr("Send the return-visit record"),
                             tr("Choose the departments to send the record to."));
    return chosen;
}

void VisitPage::send(const QList<qint64>& unitIds)
{
    const CustomerVisit* v = selected();
    if (!v)
        return;
    try {
        m_session.make<VisitService>().send(m_session.user(), v->id, v->version, unitIds);
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("Send the return-visit record"), e.message());
        return;
    }
    m_session.notifyChanged(0);
    reload();
}

void VisitPage::signFor()
{
    const CustomerVisit* v = selected();
    if (!v)
        return;
    const CustomerVisit visit = *v;
    try {
        VisitService service = m_session.make<VisitService>();
        for (qint64 unit : waitingUnits(visit))
            service.acknowledge(m_session.user(), visit.id, unit);
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("Sign for the return-visit record"), e.message());
    }
    m_session.notifyChanged(0);
    reload();
}

void VisitPage::file()
{
    const CustomerVisit* v = selected();
    if (!v)
        return;
    try {
        m_session.make<VisitService>().file(m_session.user(), v->id, v->version);
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("File the return-visit record"), e.message());
        return;
    }
    m_session.notifyChanged(0);
    reload();
}

QList<ReportDocument> VisitPage::report() const
{
    const CustomerVisit* v = selected();
    if (!v || v->id == 0)
        return {};
    ReportOptions options;
    options.language = Translations::current();
    options.pageSize = Translations::pageSize();
    const DocumentContext context = m_session.make<DocumentContext>(options);
    const VisitService service = m_session.make<VisitService>();
    return {VisitReportDocument(context).build(service.load(v->id))};
}
