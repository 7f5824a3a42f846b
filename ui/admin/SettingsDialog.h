#pragma once

#include "admin/SettingsService.h"
#include "common/FieldErrors.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class AttachmentSettingsTab;
class CostSettingsTab;
class LogoChooser;
class Session;

// Administration > Settings: the company on the printed paper (name, address, logo) and the
// deadline defaults of the flow. Core checks the values and refuses anyone but an administrator.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Session& session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Sets the logo from an image file (what "Choose…" does after its file dialog).
    bool chooseLogo(const QString& path);
    bool save();
    QString fieldError(const QString& key) const { return m_errors.message(key); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslate();
    CompanySettings company() const;
    DeadlineRules deadlines() const;
    BackupSettings backups() const;
    void askForBackupFolder();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Session& m_session;
    SettingsService m_settings;
    FieldErrors m_errors;
    LogoChooser* m_logo = nullptr;
    AttachmentSettingsTab* m_files = nullptr;
    CostSettingsTab* m_costs = nullptr; // the labour rate (issue 13)
};
