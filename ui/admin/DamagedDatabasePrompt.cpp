#include "admin/DamagedDatabasePrompt.h"

#include "admin/BackupActions.h"

#include <QMessageBox>
#include <QPushButton>

bool DamagedDatabasePrompt::offerRestore(QWidget* parent, const QString& message,
                                         const DatabaseError::Backup& newest)
{
    for (;;) {
        QMessageBox box(QMessageBox::Critical, tr("QualityLoop cannot open the database"), message,
                        QMessageBox::Close, parent);
        box.setObjectName(QStringLiteral("damagedDatabase"));
        QPushButton* restore = box.addButton(tr("&Restore this backup…"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreNewest"));
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() != restore)
            return false;
        if (BackupActions::restoreFile(parent, newest.path, newest.databasePath))
            return true;
    }
}
