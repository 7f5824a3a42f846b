#include "attachments/AttachmentRules.h"

QString AttachmentRules::addRefusal(const User& user)
{
    if (user.id <= 0 || !user.active)
        return tr("Sign in to add files to a case.");
    return {};
}

QString AttachmentRules::withdrawRefusal(const User& user, const Attachment& attachment)
{
    if (attachment.isWithdrawn())
        return tr("“%1” was withdrawn already.").arg(attachment.fileName);
    if (user.id <= 0 || !user.active)
        return tr("Sign in to withdraw a file.");
    if (user.id != attachment.addedById && user.role != Role::QualityEngineer)
        return tr("Only the person who added “%1” (%2) or a quality engineer can withdraw it.")
            .arg(attachment.fileName, attachment.addedBy);
    return {};
}

QString AttachmentRules::seeWithdrawnRefusal(const User& user)
{
    if (user.role != Role::Administrator || !user.active)
        return tr("Only an administrator can see withdrawn files.");
    return {};
}
