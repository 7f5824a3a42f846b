#include "common/FormButtons.h"

#include <QDialog>

FormButtons::FormButtons(QDialog* dialog, const std::function<void()>& save, StandardButtons buttons)
    : QDialogButtonBox(buttons, dialog)
{
    connect(this, &QDialogButtonBox::accepted, dialog, save);
    connect(this, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}
