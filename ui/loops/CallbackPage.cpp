#include "loops/CallbackPage.h"

#include "common/Palette.h"
#include "loops/CallbackDialog.h"
#include "loops/CallbackQuery.h"
#include "loops/LoopRules.h"
#include "loops/LoopTable.h"
#include "main/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int pageSize = 100;

QString stateName(const BatchCallback& b)
{
    switch (b.state) {
    case CallbackState::Upcoming:
        return CallbackPage::tr("Not due yet");
    case CallbackState::Due:
        return CallbackPage::tr("Due");
    case CallbackState::Overdue:
        return CallbackPage::tr("Overdue");
    case CallbackState::Done:
        return b.wasLate() ? CallbackPage::tr("Done late") : CallbackPage::tr("Done");
    }
    return {};
}

QString opinionName(const BatchCallback& b)
{
    if (b.id == 0)
        return {};
    switch (b.opinion) {
    case CallbackOpinion::Satisfied:
        return CallbackPage::tr("Satisfied");
    case CallbackOpinion::Remarks:
        return CallbackPage::tr("Remarks");
    case CallbackOpinion::Objection:
        return CallbackPage::tr("Objection");
    }
    return {};
}
} // namespace

CallbackPage::CallbackPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("callbackPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("callbackShow"));
    using S = CallbackFilter::Show;
    m_show->addItem(tr("To call now (due and overdue)"), static_cast<int>(S::Open));
    m_show->addItem(tr("Overdue"), static_cast<int>(S::Overdue));
    m_show->addItem(tr("Due"), static_cast<int>(S::Due));
    m_show->addItem(tr("Not due yet"), static_cast<int>(S::Upcoming));
    m_show->addItem(tr("Done"), static_cast<int>(S::Done));
    m_show->addItem(tr("All"), static_cast<int>(S::All));
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_show);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("callbackSummary"));
    bar->addWidget(m_summary, 1);
    m_record = new QPushButton(tr("&Record the call…"), this);
    m_record->setObjectName(QStringLiteral("recordCallback"));
    m_record->setVisible(LoopRules::mayDo(session.user(), LoopStep::RecordCallback));
    bar->addWidget(m_record);

    auto* split = new QSplitter(Qt::Vertical, this);
    layout->addWidget(split, 1);
    m_table = LoopTable::make(split, QStringLiteral("callbackTable"),
                              {tr("Customer"), tr("Order"), tr("Batch"), tr("Delivered"), tr("Call by"),
                               tr("State"), tr("View"), tr("Case")});
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_more = new QPushButton(tr("Show &more"), lower);
    m_more->setObjectName(QStringLiteral("callbackMore"));
    auto* yearBar = new QHBoxLayout;
    yearBar->addWidget(m_more);
    yearBar->addStretch(1);
    yearBar->addWidget(new QLabel(tr("Call-backs by month of"), lower));
    m_year = new QSpinBox(lower);
    m_year->setObjectName(QStringLiteral("callbackYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(session.clock().now().date().year());
    yearBar->addWidget(m_year);
    lowerLayout->addLayout(yearBar);
    m_months = new QTableWidget(12, 5, lower);
    m_months->setObjectName(QStringLiteral("callbackMonths"));
    m_months->setHorizontalHeaderLabels(
        {tr("Due"), tr("Done"), tr("of them late"), tr("Overdue"), tr("Not due yet")});
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    lowerLayout->addWidget(m_months);

    connect(m_show, &QComboBox::currentIndexChanged, this, &CallbackPage::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &CallbackPage::fillMonths);
    connect(m_more, &QPushButton::clicked, this, &CallbackPage::loadMore);
    connect(m_record, &QPushButton::clicked, this, &CallbackPage::recordSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CallbackPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this]() {
        if (m_record->isVisible() && m_record->isEnabled())
            recordSelected();
    });
    connect(&session, &Session::caseChanged, this, &CallbackPage::reload);
    reload();
}

void CallbackPage::reload()
{
    m_rows.clear();
    m_table->setRowCount(0);
    m_atEnd = false;
    loadMore();
    const auto [open, overdue] = m_session.make<CallbackQuery>().openCount();
    m_summary->setText(
        tr("%n to call now, %1 of them overdue", nullptr, static_cast<int>(open)).arg(overdue));
    fillMonths();
    updateButtons();
}

void CallbackPage::loadMore()
{
    CallbackFilter filter;
    filter.show = static_cast<CallbackFilter::Show>(m_show->currentData().toInt());
    const qint64 key = m_rows.isEmpty() ? 0 : m_rows.last().pageKey;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.last().shipmentId;
    const QList<BatchCallback> page = m_session.make<CallbackQuery>().page(filter, key, after, pageSize);
    for (const BatchCallback& b : page)
        addRow(b);
    m_table->resizeColumnsToContents();
    m_atEnd = page.size() < pageSize;
    m_more->setEnabled(!m_atEnd);
}

void CallbackPage::addRow(const BatchCallback& b)
{
    m_rows.append(b);
    const QStringList texts {b.customerName,
                             b.orderNo,
                             b.batchNo,
                             b.deliveredOn.toString(Qt::ISODate),
                             b.dueBy.toString(Qt::ISODate),
                             stateName(b),
                             opinionName(b),
                             b.caseNumber};
    const int row = LoopTable::append(m_table, texts);
    if (b.state == CallbackState::Overdue)
        m_table->item(row, 5)->setForeground(Palette::overdue(palette()));
}

void CallbackPage::fillMonths()
{
    const QList<CallbackMonth> months = m_session.make<CallbackQuery>().months(m_year->value());
    QStringList names;
    for (int i = 0; i < months.size(); ++i) {
        const CallbackMonth& m = months[i];
        names.append(QLocale().monthName(m.month.month()));
        const QList<int> values {m.due, m.done, m.late, m.overdue, m.upcoming};
        for (int column = 0; column < values.size(); ++column)
            m_months->setItem(
                i, column,
                LoopTable::cell(values[column] == 0 ? QString() : QString::number(values[column])));
    }
    m_months->setVerticalHeaderLabels(names);
}

void CallbackPage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool open = row >= 0 && m_table->selectionModel()->hasSelection() && m_rows.at(row).id == 0;
    m_record->setEnabled(open);
}

int CallbackPage::recordSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return QDialog::Rejected;
    CallbackDialog dialog(m_session, m_rows.at(row), this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        reload();
    return result;
}
