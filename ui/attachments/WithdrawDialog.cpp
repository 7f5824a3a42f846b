#include "attachments/WithdrawDialog.h"

#include "UserError.h"
#include "attachments/AttachmentService.h"
#include "common/DialogFit.h"
#include "common/Palette.h"
#include "main/Session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

WithdrawDialog::WithdrawDialog(Session& session, const Attachment& file, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(file)
{
    setObjectName(QStringLiteral("withdrawDialog"));
    setWindowTitle(tr("Withdraw “%1”").arg(file.fileName));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("“%1” will no longer be shown with the case. It is not deleted: the case's history "
                        "keeps it, with your reason, and an administrator can still see it.")
                         .arg(file.fileName.toHtmlEscaped()),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* label = new QLabel(tr("Wh&y is it withdrawn? *"), this);
    layout->addWidget(label);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaximumHeight(90);
    label->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("withdrawMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Withdraw"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WithdrawDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WithdrawDialog::reject);
    DialogFit::toContents(this, 460);
}

QString WithdrawDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void WithdrawDialog::accept()
{
    try {
        m_session.make<AttachmentService>().withdraw(m_session.user(), m_file.id, m_reason->toPlainText());
    } catch (const UserError& error) {
        m_message->setText(error.message());
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
        m_message->setVisible(true);
        m_reason->setFocus();
        return;
    }
    m_session.notifyChanged(m_file.caseId);
    QDialog::accept();
}
