#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

class FieldErrors;
class QFormLayout;
class QLabel;
class QLineEdit;

// A new password typed twice, with the rule in words beneath (core's PasswordRules), as rows
// of a form: the first-start setup, the change of one's own password, an administrator's reset
// and the sign-in after a reset all ask for it the same way. The form's owner calls
// retranslate() on a language change.
class NewPasswordFields
{
    Q_DECLARE_TR_FUNCTIONS(NewPasswordFields)
public:
    // Errors show under the fields of the keys passwordKey and "repeatPassword".
    NewPasswordFields(QFormLayout* form, FieldErrors& errors,
                      const QString& passwordKey = QStringLiteral("password"));

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QString password() const;
    // What is wrong with the pair for this user name, by field key; empty when the password will do.
    QMap<QString, QString> problems(const QString& username) const;
    void clear();
    void setVisible(bool visible);
    void retranslate();

private:
    QString m_key;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_passwordCaption = nullptr;
    QLabel* m_repeatCaption = nullptr;
    QLabel* m_rule = nullptr;
};
