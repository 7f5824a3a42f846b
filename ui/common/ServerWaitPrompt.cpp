#include "common/ServerWaitPrompt.h"

#include <QMessageBox>
#include <QPushButton>

ServerWaitPrompt::Answer ServerWaitPrompt::askQuit(QWidget* parent)
{
    return ask(parent, tr("A call you logged is not saved yet: the database server does not answer."),
               tr("If you wait, it is saved by itself as soon as the server answers again.\n\nIf you close "
                  "QualityLoop now, the call is kept on this PC and offered again the next time you sign "
                  "in to this database."),
               false);
}

ServerWaitPrompt::Answer ServerWaitPrompt::askCloseForm(QWidget* parent)
{
    return ask(parent,
               tr("What you typed in this form is not saved yet: the database server does not answer."),
               tr("If you wait, it is saved by itself as soon as the server answers again.\n\nIf you close "
                  "the form now, what you typed is kept on this PC and offered again the next time you open "
                  "this form of the case."),
               true);
}

ServerWaitPrompt::Answer ServerWaitPrompt::ask(QWidget* parent, const QString& text, const QString& details,
                                               bool offerDiscard)
{
    QMessageBox box(QMessageBox::Warning, tr("Not saved yet"), text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("waitingForServer"));
    box.setInformativeText(details);
    QPushButton* wait = box.addButton(tr("&Keep waiting"), QMessageBox::RejectRole);
    wait->setObjectName(QStringLiteral("keepWaiting"));
    QPushButton* close = box.addButton(tr("&Close, keep it for later"), QMessageBox::AcceptRole);
    close->setObjectName(QStringLiteral("closeKeepDraft"));
    QPushButton* discard = nullptr;
    if (offerDiscard) {
        discard = box.addButton(tr("&Discard what I typed"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardTyped"));
    }
    box.setDefaultButton(wait);
    box.setEscapeButton(wait);
    box.exec();
    if (box.clickedButton() == close)
        return Answer::CloseKeepDraft;
    if (discard && box.clickedButton() == discard)
        return Answer::Discard;
    return Answer::KeepWaiting;
}
