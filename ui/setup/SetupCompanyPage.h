#pragma once

#include "admin/SettingsService.h"
#include "common/FieldErrors.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class LogoChooser;
class ElidedLabel;
class QPushButton;

// First-start setup, page 1: the company on every printed page (name, address, logo), checked
// by core's SettingsService before the next page. On a new file it also says where the file is
// and offers Connect to a server… instead, for a PC of an office whose database is on a server.
class SetupCompanyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupCompanyPage(const CompanySettings& current, QWidget* parent = nullptr);

    CompanySettings company() const;
    bool chooseLogo(const QString& path); // what "Choose…" does after its file dialog
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* addressEdit() const { return m_address; }
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    bool validatePage() override;
    void showErrors(const QMap<QString, QString>& errors) { m_errors.show(errors); }
    // Shows the note on the file being made at path and the button that connects to a server instead.
    void offerServer(const QString& path);
    QPushButton* connectButton() const { return m_connect; }

signals:
    void connectRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    FieldErrors m_errors;
    LogoChooser* m_logo = nullptr;
    QLabel* m_nameCaption = nullptr;
    QLabel* m_addressCaption = nullptr;
    QLabel* m_logoCaption = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPushButton* m_chooseLogo = nullptr;
    QPushButton* m_removeLogo = nullptr;
    QWidget* m_server = nullptr;
    ElidedLabel* m_serverNote = nullptr;
    QPushButton* m_connect = nullptr;
    QString m_path;
};
