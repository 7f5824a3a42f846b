#pragma once

#include <QDialogButtonBox>

#include <functional>

class QDialog;

// The buttons that end a form: Save (or the buttons given) runs the form's save, which accepts the
// dialog when core took it; Cancel (or Close) rejects the dialog.
class FormButtons : public QDialogButtonBox
{
    Q_OBJECT
public:
    FormButtons(QDialog* dialog, const std::function<void()>& save,
                StandardButtons buttons = QDialogButtonBox::Save | QDialogButtonBox::Cancel);
};
