#pragma once

#include "transfer/ColumnMapping.h"
#include "transfer/CsvReader.h"
#include "transfer/ImportOptions.h"

#include <QDialog>

#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class Session;

// Administration > Lists > Import… (issue 11, item 4): a CSV file of one kind (customers,
// contacts, models, serials, agencies, technicians, past cases), its first rows in a preview
// whose top row maps each column of the file to a column of the kind (found by the headers,
// changeable), Check (every bad row listed with its line, nothing kept), then Import with a
// progress bar and Cancel. All or nothing unless "good rows only"; the work is core's
// ImportService.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Session& session, QWidget* parent = nullptr);

    void setKind(const QString& kindId);
    // Reads the file and shows its preview; false (with the reason shown) when it cannot be read.
    bool setFile(const QString& path);
    // A dry run: fills the list of problems; true when every row can be imported.
    bool check();
    // Imports; true when the database now holds the rows.
    bool runImport();
    void setUpdateExisting(bool on);
    void setGoodRowsOnly(bool on);

    QTableWidget* preview() const { return m_preview; }
    QTableWidget* problems() const { return m_problems; }
    QString summary() const;

signals:
    void imported();

private:
    void chooseFile();
    void kindChanged();
    void fillPreview();
    void mappingChanged(int fileColumn, int choice);
    ImportResult run(bool dryRun);
    void showResult(const ImportResult& result, bool dryRun);
    void showMessage(const QString& text, bool bad);
    const struct TransferKind& kind() const;

    Session& m_session;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_path = nullptr;
    QCheckBox* m_update = nullptr;
    QCheckBox* m_goodOnly = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_problems = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_close = nullptr;
    CsvTable m_table;
    ColumnMapping m_mapping;
    QString m_fileName;
    bool m_busy = false;
    std::atomic<bool> m_cancel {false};
};
