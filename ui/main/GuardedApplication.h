#pragma once

#include <QApplication>

#include <functional>

// The window's application object: an error that reaches the event loop from a handler (a read
// of the database from a key press or a timer, when the server went away or the file was
// taken) is shown to the person in core's words instead of ending the program, which would
// lose what is typed in the open forms. Each handler still catches what it can explain better;
// this is the net under them. One message at a time: a burst of failures (a timer and a refresh
// meeting the same lost server) shows one box.
class GuardedApplication : public QApplication
{
    Q_OBJECT
public:
    GuardedApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    // What notify does around each delivery (public for the tests): runs send; an error it throws
    // is shown, later, on the event loop (unless a box is shown already), and counts as not handled.
    static bool deliver(const std::function<bool()>& send);

private:
    static void report(const QString& message);
    static bool s_showing;
};
