#pragma once

#include "common/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

// File > Connect to server… (issue 16.3): the office's PostgreSQL server, its database and the
// user to connect as, and a password when ~/.pgpass does not hold one. Connect opens the
// database in the background (made ready on first use, as a new file is) and keeps the dialog
// open with the server's answer in a clerk's words when it cannot; the password stays in this
// program's memory only (core/db/ServerPasswords). The last address is offered next time.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);

    // The address connected to, after Connect succeeded: postgresql://USER@HOST:PORT/DB.
    QString address() const { return m_address; }
    QString message() const;
    bool connectToServer(); // false with the problem shown

    // The last server this PC connected to (its address, never a password): offered here, and
    // where the window starts when no database is named (a clerk's PC of a shared office).
    static QString lastAddress();
    static void rememberAddress(const QString& address);

    QLineEdit* host = nullptr;
    QSpinBox* port = nullptr;
    QLineEdit* database = nullptr;
    QLineEdit* user = nullptr;
    QLineEdit* password = nullptr;

private:
    // As tall as the red text shown (the server's answer can take several lines), the fields
    // keeping their height.
    void fitToText();

    FieldErrors m_errors;
    QLabel* m_message = nullptr;
    QString m_address;
};
