#include "main/GuardedApplication.h"

#include "UserError.h"

#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <exception>

bool GuardedApplication::s_showing = false;

GuardedApplication::GuardedApplication(int& argc, char** argv)
    : QApplication(argc, argv)
{
}

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    return deliver([&]() { return QApplication::notify(receiver, event); });
}

bool GuardedApplication::deliver(const std::function<bool()>& send)
{
    try {
        return send();
    } catch (const UserError& error) { // DatabaseError too: both speak the clerk's words
        report(error.message());
    } catch (const std::exception& error) {
        report(tr("Something went wrong, so this was not done: %1. Everything saved before is safe.")
                   .arg(QString::fromLocal8Bit(error.what())));
    }
    return false;
}

void GuardedApplication::report(const QString& message)
{
    if (s_showing)
        return;
    s_showing = true;
    QTimer::singleShot(0, qApp, [message]() {
        QPointer<QWidget> parent = QApplication::activeWindow();
        QMessageBox::warning(parent, tr("Not done"), message);
        s_showing = false;
    });
}
