#include "loops/RoundsPage.h"

#include "UserError.h"
#include "common/DateTimeField.h"
#include "i18n/Translations.h"
#include "loops/LoopTable.h"
#include "loops/RoundReportDocument.h"
#include "loops/RoundViewDialog.h"
#include "main/Session.h"
#include "print/PrintController.h"
#include "reports/DocumentLanguage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RoundsPage::RoundsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("roundsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    const QTimeZone zone = session.workflow().deadlines().rules().zone;
    const auto dateField = [&](const QString& name) {
        auto* field = new DateTimeField(DateTimeField::Kind::Date, session.clock(), zone, this);
        field->setObjectName(name);
        field->setOptional(true);
        return field;
    };
    m_from = dateField(QStringLiteral("roundsFrom"));
    m_to = dateField(QStringLiteral("roundsTo"));
    bar->addWidget(new QLabel(tr("Visits between"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("and"), this));
    bar->addWidget(m_to);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("roundsShow"));
    m_show->addItem(tr("All rounds"), static_cast<int>(RoundFilter::Show::All));
    m_show->addItem(tr("Not filed yet"), static_cast<int>(RoundFilter::Show::Open));
    m_show->addItem(tr("Filed"), static_cast<int>(RoundFilter::Show::Filed));
    bar->addWidget(m_show);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("roundsSummary"));
    bar->addWidget(m_summary, 1);

    m_table = LoopTable::make(this, QStringLiteral("roundTable"),
                              {tr("Round"), tr("Purpose"), tr("Visits from"), tr("Visits by"),
                               tr("Organised by"), tr("Visited"), tr("Filed"), tr("State")});
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    layout->addLayout(buttons);
    m_more = new QPushButton(tr("Show &more"), this);
    m_more->setObjectName(QStringLiteral("roundsMore"));
    buttons->addWidget(m_more);
    buttons->addStretch(1);
    m_open = new QPushButton(tr("&Open the round…"), this);
    m_open->setObjectName(QStringLiteral("openRound"));
    buttons->addWidget(m_open);
    buttons->addWidget(new QLabel(tr("Print in:"), this));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("roundLanguage"));
    for (const QString& code : DocumentLanguage::available())
        m_language->addItem(Translations::displayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::current())));
    buttons->addWidget(m_language);
    m_print = new QPushButton(tr("&Print the round…"), this);
    m_print->setObjectName(QStringLiteral("printRound"));
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("roundPdf"));
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);

    connect(m_from, &DateTimeField::valueChanged, this, &RoundsPage::reload);
    connect(m_to, &DateTimeField::valueChanged, this, &RoundsPage::reload);
    connect(m_show, &QComboBox::currentIndexChanged, this, &RoundsPage::reload);
    connect(m_more, &QPushButton::clicked, this, &RoundsPage::loadMore);
    connect(m_open, &QPushButton::clicked, this, &RoundsPage::openSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RoundsPage::openSelected);
    connect(m_print, &QPushButton::clicked, this, [this]() { PrintController::preview(this, document()); });
    connect(m_pdf, &QPushButton::clicked, this, [this]() { PrintController::savePdf(this, document()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RoundsPage::updateButtons);
    connect(&session, &Session::caseChanged, this, &RoundsPage::reload);
    reload();
}

void RoundsPage::reload()
{
    m_rows.clear();
    m_table->setRowCount(0);
    m_atEnd = false;
    loadMore();
}

void RoundsPage::loadMore()
{
    if (m_atEnd)
        return;
    RoundFilter filter;
    filter.show = static_cast<RoundFilter::Show>(m_show->currentData().toInt());
    // A day that cannot be read is named next to its field and bounds nothing.
    filter.from = m_from->isAcceptable() ? m_from->date() : QDate();
    filter.to = m_to->isAcceptable() ? m_to->date() : QDate();
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const QList<RoundSummary> page = m_session.make<RoundQuery>().page(filter, after, pageSize + 1);
    m_atEnd = page.size() <= pageSize;
    for (const RoundSummary& r : page.mid(0, pageSize)) {
        m_rows.append(r);
        LoopTable::append(m_table,
                          {r.number, r.purpose, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                           r.organiser, tr("%1 of %2").arg(r.visited).arg(r.visits),
                           tr("%1 of %2").arg(r.filed).arg(r.visits),
                           r.isFiled() ? tr("Filed") : tr("Not filed yet")});
    }
    m_table->resizeColumnsToContents();
    m_more->setEnabled(!m_atEnd);
    m_summary->setText(m_atEnd ? tr("%n round(s)", nullptr, static_cast<int>(m_rows.size()))
                               : tr("The first %n round(s)", nullptr, static_cast<int>(m_rows.size())));
    updateButtons();
}

const RoundSummary* RoundsPage::selected() const
{
    const int row = LoopTable::selectedRow(m_table);
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void RoundsPage::updateButtons()
{
    const bool any = selected() != nullptr;
    m_open->setEnabled(any);
    m_print->setEnabled(any);
    m_pdf->setEnabled(any);
}

QList<ReportDocument> RoundsPage::document() const
{
    const RoundSummary* r = selected();
    if (!r)
        return {};
    ReportOptions options;
    options.language = m_language->currentData().toString();
    options.pageSize = Translations::pageSize();
    return {m_session.call(&RoundReportDocument::ofId, r->id, options)};
}

int RoundsPage::openSelected()
{
    const RoundSummary* r = selected();
    if (!r)
        return QDialog::Rejected;
    try {
        RoundViewDialog dialog(m_session, r->id, m_language->currentData().toString(), this);
        return dialog.exec();
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("Return-visit round"), e.message());
    }
    return QDialog::Rejected;
}
