#include "lists/ImportDialog.h"

#include "UserError.h"
#include "main/Session.h"
#include "transfer/ImportService.h"
#include "transfer/TransferKind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int previewRows = 20;
}

ImportDialog::ImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from a file"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (const TransferKind& k : TransferKinds::all())
        m_kind->addItem(k.titleText(), k.id);
    form->addRow(tr("&What the file holds:"), m_kind);
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setReadOnly(true);
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    auto* fileLabel = new QLabel(tr("CSV &file:"), this);
    fileLabel->setBuddy(choose);
    form->addRow(fileLabel, fileRow);
    m_update = new QCheckBox(tr("&Update the entries already in the lists (matched by their code)"), this);
    m_update->setObjectName(QStringLiteral("importUpdate"));
    m_goodOnly = new QCheckBox(tr("Import the &good rows only, leave the bad ones out"), this);
    m_goodOnly->setObjectName(QStringLiteral("importGoodOnly"));
    form->addRow(QString(), m_update);
    form->addRow(QString(), m_goodOnly);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(
        new QLabel(tr("The file's first rows; the top row says which column each one fills:"), this));
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Rows that cannot be imported:"), this));
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_problems, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(this);
    m_check = buttons->addButton(tr("Chec&k"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_import->setObjectName(QStringLiteral("importRun"));
    layout->addWidget(buttons);
    m_check->setEnabled(false);
    m_import->setEnabled(false);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::kindChanged);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_close, &QPushButton::clicked, this, [this]() {
        if (m_busy)
            m_cancel = true;
        else
            reject();
    });
    resize(960, 640);
}

const TransferKind& ImportDialog::kind() const
{
    return *TransferKinds::find(m_kind->currentData().toString());
}

void ImportDialog::setKind(const QString& kindId)
{
    m_kind->setCurrentIndex(m_kind->findData(kindId));
}

void ImportDialog::setUpdateExisting(bool on)
{
    m_update->setChecked(on);
}

void ImportDialog::setGoodRowsOnly(bool on)
{
    m_goodOnly->setChecked(on);
}

QString ImportDialog::summary() const
{
    return m_message->text();
}

void ImportDialog::showMessage(const QString& text, bool bad)
{
    m_message->setText(text);
    m_message->setStyleSheet(bad ? QStringLiteral("color: #b00020;") : QString());
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from a file"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportDialog::setFile(const QString& path)
{
    m_path->setText(path);
    m_fileName = QFileInfo(path).fileName();
    m_problems->setRowCount(0);
    try {
        m_table = CsvReader::readFile(path);
    } catch (const UserError& e) {
        m_table = CsvTable();
        fillPreview();
        showMessage(e.message(), true);
        return false;
    }
    kindChanged();
    const QString delimiter
        = m_table.delimiter() == u'\t' ? tr("tabs") : QStringLiteral("“%1”").arg(m_table.delimiter());
    showMessage(tr("%n row(s) below the header; %1, columns separated by %2. Check the file, then import it.",
                   nullptr, static_cast<int>(m_table.size()))
                    .arg(m_table.encoding(), delimiter),
                false);
    return true;
}

void ImportDialog::kindChanged()
{
    m_mapping = ColumnMapping::fromHeader(kind(), m_table.header());
    m_problems->setRowCount(0);
    fillPreview();
}

void ImportDialog::fillPreview()
{
    const int columns = static_cast<int>(m_table.header().size());
    // The first records, read as the import reads them.
    QList<QStringList> values;
    QStringList lines {tr("Fills")};
    CsvRecord record;
    while (values.size() < previewRows && m_table.next(record)) {
        QStringList texts;
        for (int c = 0; c < columns; ++c)
            texts.append(record.text(c));
        values.append(texts);
        lines.append(QString::number(record.line()));
    }
    const int rows = static_cast<int>(values.size());
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(columns > 0 ? rows + 1 : 0);
    m_preview->setHorizontalHeaderLabels(m_table.header());
    m_preview->setVerticalHeaderLabels(lines);
    const TransferKind& k = kind();
    for (int c = 0; c < columns; ++c) {
        auto* box = new QComboBox(m_preview);
        box->setObjectName(QStringLiteral("importMapping%1").arg(c));
        box->addItem(tr("(not imported)"), QString());
        for (const TransferColumn& tc : k.columns)
            box->addItem(QStringLiteral("%1 (%2)").arg(tc.labelText(), tc.name), tc.name);
        box->setCurrentIndex(std::max(0, box->findData(m_mapping.target(c))));
        if (m_mapping.target(c).isEmpty())
            m_mapping.setIgnored(c, false); // unknown until someone says "not imported"
        connect(box, &QComboBox::activated, this, [this, c](int choice) { mappingChanged(c, choice); });
        m_preview->setCellWidget(0, c, box);
        for (int r = 0; r < rows; ++r)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(values.at(r).at(c)));
    }
    m_preview->resizeColumnsToContents();
    const bool ready = columns > 0;
    m_check->setEnabled(ready);
    m_import->setEnabled(ready);
}

void ImportDialog::mappingChanged(int fileColumn, int choice)
{
    const auto* box = qobject_cast<QComboBox*>(m_preview->cellWidget(0, fileColumn));
    const QString target = box ? box->itemData(choice).toString() : QString();
    if (target.isEmpty())
        m_mapping.setIgnored(fileColumn, true);
    else
        m_mapping.setTarget(fileColumn, target);
    m_problems->setRowCount(0);
}

ImportResult ImportDialog::run(bool dryRun)
{
    ImportOptions options;
    options.dryRun = dryRun;
    options.goodRowsOnly = m_goodOnly->isChecked();
    options.onExisting
        = m_update->isChecked() ? ImportOptions::OnExisting::Update : ImportOptions::OnExisting::Refuse;
    options.source = m_fileName;
    m_busy = true;
    m_cancel = false;
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_close->setText(tr("Cancel"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    const auto progress = [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? static_cast<int>(done * 100 / total) : 100);
        QCoreApplication::processEvents(); // Cancel can be pressed
    };
    const auto done = [this]() {
        m_busy = false;
        m_check->setEnabled(true);
        m_import->setEnabled(true);
        m_close->setText(tr("Close"));
        m_progress->hide();
    };
    try {
        const ImportResult result = m_session.make<ImportService>().run(
            m_session.user(), kind(), m_table, m_mapping, options, progress, &m_cancel);
        done();
        return result;
    } catch (const ImportService::Cancelled&) {
        done();
        ImportResult cancelled;
        cancelled.problems.append({0, QString(), tr("Cancelled: nothing was imported.")});
        return cancelled;
    } catch (const UserError& e) {
        done();
        ImportResult refused;
        refused.problems.append({0, QString(), e.message()});
        return refused;
    }
}

void ImportDialog::showResult(const ImportResult& result, bool dryRun)
{
    m_problems->setRowCount(static_cast<int>(result.problems.size()));
    for (int i = 0; i < result.problems.size(); ++i) {
        const ImportProblem& p = result.problems.at(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString()));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    const QString counts = tr("%1 to add, %2 to update, %3 unchanged")
                               .arg(result.added)
                               .arg(result.updated)
                               .arg(result.unchanged);
    if (result.committed) {
        const QString done = tr("%1 added, %2 updated, %3 unchanged")
                                 .arg(result.added)
                                 .arg(result.updated)
                                 .arg(result.unchanged);
        showMessage(tr("Imported from %1: %2.").arg(m_fileName, done)
                        + (result.problems.isEmpty() ? QString()
                                                     : QLatin1Char(' ')
                                   + tr("%n bad row(s) left out, as asked.", nullptr, result.badRows())),
                    false);
        return;
    }
    if (result.problems.isEmpty()) {
        showMessage(dryRun ? tr("Every row can be imported: %1. Nothing was changed yet.").arg(counts)
                           : tr("Nothing to import: every entry is already there as the file has it."),
                    false);
        return;
    }
    if (result.problems.size() == 1 && result.problems.first().line == 0) {
        showMessage(result.problems.first().message, true);
        return;
    }
    showMessage(tr("%n row(s) cannot be imported (listed below); nothing was changed. Correct the file, or "
                   "choose to import the good rows only.",
                   nullptr, result.badRows()),
                true);
}

bool ImportDialog::check()
{
    const ImportResult result = run(true);
    showResult(result, true);
    return result.problems.isEmpty();
}

bool ImportDialog::runImport()
{
    const ImportResult result = run(false);
    showResult(result, false);
    if (result.committed) {
        m_session.notifyChanged(0);
        emit imported();
    }
    return result.committed;
}
