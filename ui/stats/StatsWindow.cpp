#include "stats/StatsWindow.h"

#include "UserError.h"
#include "common/DateTimeField.h"
#include "common/DialogFit.h"
#include "db/Database.h"
#include "export/StatsExport.h"
#include "i18n/Translations.h"
#include "main/Session.h"
#include "reference/ReferenceData.h"
#include "reports/DocumentContext.h"
#include "reports/DocumentPainter.h"
#include "stats/StatsChartView.h"
#include "stats/StatsDocument.h"
#include "stats/StatsNames.h"
#include "stats/StatsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int trendChoice = 6;
constexpr int onTimeChoice = 7;
constexpr int marksChoice = 8;

void fillNames(QComboBox* combo, const QHash<qint64, QString>& names)
{
    QList<QPair<QString, qint64>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    combo->addItem(QString(), qint64(0));
    for (const auto& item : std::as_const(sorted))
        combo->addItem(item.first, item.second);
}
} // namespace

StatsWindow::StatsWindow(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("statsWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QGridLayout;
    const auto label = [this, controls](int row, int column, QWidget* field) {
        auto* l = new QLabel(this);
        l->setBuddy(field);
        controls->addWidget(l, row, column);
        controls->addWidget(field, row, column + 1);
        m_labels.append(l);
    };
    m_statistic = new QComboBox(this);
    m_statistic->setObjectName(QStringLiteral("statsChoice"));
    label(0, 0, m_statistic);
    // Typed or picked like every date of the window ("1/1", "today", "-30d").
    const QTimeZone zone = session.make<StatsService>(QStringLiteral("en")).rules().zone;
    const QDate today = session.clock().now().toTimeZone(zone).date();
    m_from = new DateTimeField(DateTimeField::Kind::Date, session.clock(), zone, this);
    m_to = new DateTimeField(DateTimeField::Kind::Date, session.clock(), zone, this);
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_to->setObjectName(QStringLiteral("statsTo"));
    label(0, 2, m_from);
    label(0, 4, m_to);
    const bool chinese = Translations::current().startsWith(QLatin1String("zh"));
    const StatsNames names = session.make<StatsNames>(chinese);
    m_line = new QComboBox(this);
    fillNames(m_line, names.all(StatsNames::List::Lines));
    m_customer = new QComboBox(this);
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->addItem(QString(), qint64(0));
    for (const NamedItem& c : session.reference().customers(QString(), 1000))
        m_customer->addItem(c.name, c.id);
    m_unit = new QComboBox(this);
    fillNames(m_unit, names.all(StatsNames::List::Units));
    m_grade = new QComboBox(this);
    m_grade->addItem(QString(), qint64(0));
    for (const Grade& g : session.reference().grades())
        m_grade->addItem(g.code + QStringLiteral(" — ") + g.name, g.id);
    label(1, 0, m_line);
    label(1, 2, m_customer);
    label(1, 4, m_unit);
    label(1, 6, m_grade);
    m_key = new QCheckBox(this);
    controls->addWidget(m_key, 0, 6, 1, 2);
    m_byCost = new QCheckBox(this);
    m_byCost->setObjectName(QStringLiteral("statsByCost"));
    controls->addWidget(m_byCost, 0, 8);
    m_show = new QPushButton(this);
    m_show->setObjectName(QStringLiteral("statsShow"));
    m_show->setDefault(true);
    controls->addWidget(m_show, 1, 8);
    controls->setColumnStretch(9, 1);
    layout->addLayout(controls);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("statsTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("statsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("statsTables"));
    layout->addWidget(m_tabs);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_chart = new StatsChartView(split);
    m_chart->setObjectName(QStringLiteral("statsChart"));
    m_data = new QTableWidget(split);
    m_data->setObjectName(QStringLiteral("statsData"));
    m_data->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_data->verticalHeader()->hide();
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("statsPrint"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("statsSave"));
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_show, &QPushButton::clicked, this, &StatsWindow::refresh);
    connect(m_statistic, qOverload<int>(&QComboBox::activated), this, &StatsWindow::refresh);
    connect(m_tabs, &QTabBar::currentChanged, this, &StatsWindow::showTable);
    connect(m_chart, &StatsChartView::cellClicked, this, &StatsWindow::openCell);
    connect(m_data, &QTableWidget::cellDoubleClicked, this, &StatsWindow::openCell);
    connect(m_print, &QPushButton::clicked, this, &StatsWindow::print);
    connect(m_save, &QPushButton::clicked, this, &StatsWindow::save);
    DialogFit::within(this, {1100, 780});
    retranslate();
    refresh();
}

QString StatsWindow::language() const
{
    return Translations::current().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                   : QStringLiteral("en");
}

void StatsWindow::choose(int statistic)
{
    m_statistic->setCurrentIndex(statistic);
    refresh();
}

void StatsWindow::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

StatsFilter StatsWindow::filter() const
{
    StatsFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.productLineId = m_line->currentData().toLongLong();
    const int customer = m_customer->findText(m_customer->currentText());
    f.customerId = customer > 0 ? m_customer->itemData(customer).toLongLong() : 0;
    f.unitId = m_unit->currentData().toLongLong();
    f.gradeId = m_grade->currentData().toLongLong();
    f.keyCustomersOnly = m_key->isChecked();
    return f;
}

void StatsWindow::refresh()
{
    const StatsService stats = m_session.make<StatsService>(language());
    const int choice = std::max(0, m_statistic->currentIndex());
    try {
        // An impossible day is refused next to its field, and said above the table.
        m_from->checkedDate();
        m_to->checkedDate();
        if (choice < trendChoice) {
            ParetoOptions options;
            options.byCost = m_byCost->isChecked();
            m_report = stats.pareto(filter(), StatsService::cuts().at(choice), options);
        } else if (choice == trendChoice) {
            m_report = stats.trend(filter());
        } else if (choice == onTimeChoice) {
            m_report = stats.onTime(filter());
        } else {
            m_report = stats.marks(filter());
        }
    } catch (const UserError& e) {
        m_report = StatsReport();
        m_report.message = e.message();
    }
    m_byCost->setEnabled(choice < trendChoice);
    m_title->setText(QStringLiteral("<b>%1</b><br>%2")
                         .arg(m_report.title.toHtmlEscaped(), m_report.subtitle.toHtmlEscaped()));
    m_message->setText(m_report.message);
    m_message->setVisible(!m_report.message.isEmpty());
    {
        const QSignalBlocker block(m_tabs);
        while (m_tabs->count() > 0)
            m_tabs->removeTab(0);
        for (const StatsTable& t : std::as_const(m_report.tables))
            m_tabs->addTab(t.title);
    }
    m_tabs->setVisible(m_report.tables.size() > 1);
    m_print->setEnabled(true);
    m_save->setEnabled(true);
    showTable(0);
}

void StatsWindow::showTable(int index)
{
    m_table = index;
    m_data->clear();
    if (index < 0 || index >= m_report.tables.size()) {
        m_data->setRowCount(0);
        m_data->setColumnCount(0);
        m_chart->clear();
        return;
    }
    const StatsTable& t = m_report.tables.at(index);
    const QLocale locale;
    m_data->setColumnCount(t.columnCount());
    m_data->setHorizontalHeaderLabels(t.header);
    m_data->setRowCount(static_cast<int>(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.columnCount(); ++c) {
            auto* item = new QTableWidgetItem(t.text(r, c, locale));
            if (t.kinds.value(c) != StatsTable::Kind::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (t.highlighted.value(r)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_data->setItem(r, c, item);
        }
    }
    m_data->resizeColumnsToContents();
    m_data->setToolTip(t.note);
    m_chart->show(t, tr("Vital few (up to 80 %)"), tr("Others"));
}

void StatsWindow::openCell(int row, int column)
{
    if (m_table < 0 || m_table >= m_report.tables.size())
        return;
    const StatsTable& t = m_report.tables.at(m_table);
    const CaseFilter* f = t.filter(row, column);
    if (!f || row < 0 || row >= t.rows.size())
        return;
    emit casesRequested(*f,
                        QStringLiteral("%1: %2 — %3")
                            .arg(t.title, t.rows.at(row).value(0).toString(), t.header.value(column)));
}

QString StatsWindow::saveTo(const QString& path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        ReportOptions options;
        options.language = language();
        options.now = m_session.clock().now();
        const DocumentContext context = m_session.make<DocumentContext>(options);
        return DocumentPainter::writePdf({StatsDocument(context).build(m_report)}, path);
    }
    const QString format = StatsExport::formatOf(path);
    if (format == QLatin1String("xlsx"))
        return StatsExport::writeXlsx(m_report, path);
    if (format == QLatin1String("csv")) {
        if (m_table < 0 || m_table >= m_report.tables.size())
            return m_report.message;
        return StatsExport::writeCsv(m_report.tables.at(m_table), path);
    }
    return tr("Save as .xlsx, .csv or .pdf.");
}

void StatsWindow::save()
{
    const QString suggested = m_report.code + QStringLiteral(".xlsx");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the statistic"), suggested,
                                       tr("Excel workbook (*.xlsx);;CSV, the table shown (*.csv);;"
                                          "PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString problem = saveTo(path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Save the statistic"), problem);
}

void StatsWindow::print()
{
    ReportOptions options;
    options.language = language();
    options.now = m_session.clock().now();
    const DocumentContext context = m_session.make<DocumentContext>(options);
    const ReportDocument document = StatsDocument(context).build(m_report);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(document.pageSize));
    printer.setPageOrientation(document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        DocumentPainter::paint({document}, &printer, false);
}

void StatsWindow::fillChoices()
{
    const int current = m_statistic->currentIndex();
    const StatsService stats = m_session.make<StatsService>(language());
    m_statistic->clear();
    for (const CaseCut cut : StatsService::cuts())
        m_statistic->addItem(tr("Pareto: %1").arg(stats.cutName(cut)));
    m_statistic->addItem(tr("Cases by month"));
    m_statistic->addItem(tr("Deadlines met on time"));
    m_statistic->addItem(tr("Return-visit marks"));
    m_statistic->setCurrentIndex(std::max(0, current));
}

void StatsWindow::retranslate()
{
    setWindowTitle(tr("Statistics"));
    fillChoices();
    const QStringList labels {tr("&Statistic:"),    tr("&From:"),     tr("&To:"),
                              tr("Product &line:"), tr("C&ustomer:"), tr("Responsible &unit:"),
                              tr("&Grade:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.value(i));
    m_key->setText(tr("&Key customers only"));
    m_byCost->setText(tr("Weigh by &cost"));
    m_show->setText(tr("S&how"));
    m_print->setText(tr("&Print…"));
    m_save->setText(tr("&Save as Excel, CSV or PDF…"));
    m_chart->setToolTip(tr("Click a bar to list its cases."));
}

void StatsWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}
