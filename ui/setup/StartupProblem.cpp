#include "setup/StartupProblem.h"

#include "UserError.h"
#include "db/MovedFile.h"
#include "db/ServerAddress.h"
#include "main/ConnectServerDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace {
// The dialog with the address that failed, so that only the password is left to type.
std::optional<QString> connectToServer(const QString& failed)
{
    ConnectServerDialog dialog;
    if (ServerAddress::isServer(failed)) {
        try {
            const ServerAddress address = ServerAddress::parse(failed);
            dialog.host->setText(address.host);
            dialog.port->setValue(address.port);
            dialog.database->setText(address.database);
            dialog.user->setText(address.user);
            dialog.password->setFocus();
        } catch (const UserError&) { // not an address after all: the last one offered stays
        }
    } else if (const std::optional<ServerAddress> moved = MovedFile::movedServer(failed)) {
        // A file whose office moved to a server (migrate): that server, with one's own login.
        dialog.host->setText(moved->host);
        dialog.port->setValue(moved->port);
        dialog.database->setText(moved->database);
        dialog.user->setFocus();
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.address();
}

std::optional<QString> openFile(const QString& failed)
{
    const QString folder = ServerAddress::isServer(failed) ? QString() : QFileInfo(failed).absolutePath();
    const QString path
        = QFileDialog::getOpenFileName(nullptr, StartupProblem::tr("Open a QualityLoop database"), folder,
                                       StartupProblem::tr("QualityLoop databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    return path;
}
} // namespace

std::optional<QString> StartupProblem::ask(const QString& problem, const QString& databasePath)
{
    for (;;) {
        QMessageBox box(QMessageBox::Critical, tr("QualityLoop cannot open the database"), problem);
        box.setObjectName(QStringLiteral("startupProblem"));
        QPushButton* again = box.addButton(tr("Try &again"), QMessageBox::AcceptRole);
        again->setObjectName(QStringLiteral("tryAgain"));
        QPushButton* server = box.addButton(tr("&Connect to a server…"), QMessageBox::ActionRole);
        server->setObjectName(QStringLiteral("connectToServer"));
        QPushButton* file = box.addButton(tr("&Open a file…"), QMessageBox::ActionRole);
        file->setObjectName(QStringLiteral("openFile"));
        QPushButton* quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quit"));
        // A file whose office moved: trying it again can only fail the same way.
        box.setDefaultButton(MovedFile::movedServer(databasePath) ? server : again);
        box.setEscapeButton(quit);
        box.exec();
        std::optional<QString> next;
        if (box.clickedButton() == again)
            return databasePath;
        if (box.clickedButton() == server)
            next = connectToServer(databasePath);
        else if (box.clickedButton() == file)
            next = openFile(databasePath);
        else
            return std::nullopt;
        if (next)
            return next;
        // The dialog was cancelled: the problem is shown again.
    }
}
