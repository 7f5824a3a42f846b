#pragma once

#include "attachments/Attachment.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class Session;

// Withdrawing a file from a case: never silent, always with a reason that stays in the case's
// history. Core decides who may (the person who added it or a quality engineer).
class WithdrawDialog : public QDialog
{
    Q_OBJECT
public:
    WithdrawDialog(Session& session, const Attachment& file, QWidget* parent = nullptr);
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QString message() const;
    void accept() override;

private:
    Session& m_session;
    Attachment m_file;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
};
