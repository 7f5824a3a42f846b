#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Asked when a form that waits to save by itself for a database server that does not answer is
// about to close (the window quitting over the new-case form, a step form closed): keep waiting
// (the default, Esc), or close and keep what was typed as a draft, offered again later; a step
// form offers to throw it away too.
class ServerWaitPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ServerWaitPrompt)
public:
    enum class Answer
    {
        KeepWaiting,
        CloseKeepDraft,
        Discard,
    };
    // The window is closing while the new-case form waits for the server.
    static Answer askQuit(QWidget* parent);
    // A step form waiting for the server is being closed (it may be thrown away).
    static Answer askCloseForm(QWidget* parent);

private:
    static Answer ask(QWidget* parent, const QString& text, const QString& details, bool offerDiscard);
};
