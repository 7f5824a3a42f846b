#include "loops/SupplyPage.h"

#include "UserError.h"
#include "loops/LoopTable.h"
#include "loops/RequirementDialog.h"
#include "loops/RequirementService.h"
#include "main/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int pageSize = 100;

QString stateOf(const OrderRequirement& r)
{
    if (!r.isRecorded())
        return SupplyPage::tr("Requirements not recorded");
    if (r.missingDocuments() > 0)
        return SupplyPage::tr("%n document(s) to check", nullptr, r.missingDocuments());
    return SupplyPage::tr("Ready");
}

QString conditionsOf(const OrderRequirement& r)
{
    QStringList parts;
    for (const QString& p : {r.medium, r.pressure, r.temperature})
        if (!p.isEmpty())
            parts.append(p);
    return parts.join(QStringLiteral(", "));
}
} // namespace

SupplyPage::SupplyPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("supplyPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("supplyShow"));
    m_show->addItem(tr("To prepare (delivering soon)"), true);
    m_show->addItem(tr("All orders of the last year and the coming weeks"), false);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_show);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("supplySummary"));
    bar->addWidget(m_summary, 1);
    m_order = new QLineEdit(this);
    m_order->setObjectName(QStringLiteral("supplyOrder"));
    m_order->setPlaceholderText(tr("Order number"));
    bar->addWidget(m_order);
    m_open = new QPushButton(tr("&Requirements…"), this);
    m_open->setObjectName(QStringLiteral("openRequirements"));
    bar->addWidget(m_open);
    m_table = LoopTable::make(this, QStringLiteral("supplyTable"),
                              {tr("Order"), tr("Customer"), tr("First delivery"), tr("Batches"),
                               tr("Operating conditions"), tr("Documents checked"), tr("State")});
    layout->addWidget(m_table, 1);
    m_more = new QPushButton(tr("Show &more"), this);
    m_more->setObjectName(QStringLiteral("supplyMore"));
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_more);
    lower->addStretch(1);
    layout->addLayout(lower);
    connect(m_show, &QComboBox::currentIndexChanged, this, &SupplyPage::reload);
    connect(m_more, &QPushButton::clicked, this, &SupplyPage::loadMore);
    const auto openSelected = [this]() {
        const int row = LoopTable::selectedRow(m_table);
        if (!m_order->text().trimmed().isEmpty() && row < 0)
            openOrder(m_order->text());
        else if (row >= 0 && row < m_rows.size())
            openOrder(m_rows.at(row).orderNo);
    };
    connect(m_open, &QPushButton::clicked, this, openSelected);
    connect(m_order, &QLineEdit::returnPressed, this, [this]() { openOrder(m_order->text()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, openSelected);
    connect(&session, &Session::caseChanged, this, &SupplyPage::reload);
    reload();
}

void SupplyPage::reload()
{
    m_rows.clear();
    m_table->setRowCount(0);
    m_atEnd = false;
    loadMore();
}

void SupplyPage::loadMore()
{
    if (m_atEnd)
        return;
    const RequirementService service = m_session.make<RequirementService>();
    const bool openOnly = m_show->currentData().toBool();
    const QDate until = service.noticeUntil();
    const QDate today = m_session.clock().now().date();
    const QDate from = openOnly ? today : today.addYears(-1);
    const QDate afterDay = m_rows.isEmpty() ? QDate() : m_rows.last().deliveryOn;
    const QString afterOrder = m_rows.isEmpty() ? QString() : m_rows.last().orderNo;
    const QList<OrderRequirement> page
        = service.orders(from, until, openOnly, afterDay, afterOrder, pageSize);
    m_atEnd = page.size() < pageSize;
    for (const OrderRequirement& r : page) {
        int checked = 0;
        for (const OrderDocument& d : r.documents)
            checked += d.checked ? 1 : 0;
        LoopTable::append(m_table,
                          {r.orderNo, r.customerName, r.deliveryOn.toString(Qt::ISODate),
                           QString::number(r.batches), conditionsOf(r),
                           tr("%1 of %2").arg(checked).arg(r.documents.size()), stateOf(r)});
        m_rows.append(r);
    }
    m_table->resizeColumnsToContents();
    m_more->setEnabled(!m_atEnd);
    m_summary->setText(tr("%n order(s) shown, delivering until %1", nullptr, m_rows.size())
                           .arg(until.toString(Qt::ISODate)));
}

int SupplyPage::openOrder(const QString& orderNo)
{
    try {
        RequirementDialog dialog(m_session, orderNo, this);
        const int result = dialog.exec();
        if (result == QDialog::Accepted)
            reload();
        return result;
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("Before supply"), e.message());
        return QDialog::Rejected;
    }
}
