#pragma once

#include "common/FieldErrors.h"
#include "domain/User.h"

#include <QWizardPage>

#include <memory>

class NewPasswordFields;
class QLabel;
class QLineEdit;

// First-start setup, page 3: the administrator (user name, name, password twice), checked with
// core's password rules before the next page; made by core when the setup finishes.
class SetupAdminPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupAdminPage(QWidget* parent = nullptr);
    ~SetupAdminPage() override;

    User administrator() const;
    QString password() const;
    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    NewPasswordFields& passwordFields() const { return *m_password; }
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    bool validatePage() override;
    bool showErrors(const QMap<QString, QString>& errors) { return m_errors.show(errors); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    FieldErrors m_errors;
    QLabel* m_usernameCaption = nullptr;
    QLabel* m_displayNameCaption = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    std::unique_ptr<NewPasswordFields> m_password;
};
