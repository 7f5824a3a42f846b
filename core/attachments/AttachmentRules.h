#pragma once

#include "attachments/Attachment.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QString>

// Who may do what with the files on a case. Anyone signed in may add files (a technician's
// signed service sheet, a unit's test report, Sales' photos from the customer); a file is
// withdrawn, with a reason, by the person who added it or by a quality engineer; a withdrawn
// file is seen only by an administrator. Empty when allowed, else the reason in a clerk's words.
class AttachmentRules
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRules)
public:
    static QString addRefusal(const User& user);
    static QString withdrawRefusal(const User& user, const Attachment& attachment);
    static QString seeWithdrawnRefusal(const User& user);
    static bool mayWithdraw(const User& user, const Attachment& attachment)
    {
        return withdrawRefusal(user, attachment).isEmpty();
    }
    static bool maySeeWithdrawn(const User& user) { return seeWithdrawnRefusal(user).isEmpty(); }
};
