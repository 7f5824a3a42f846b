#pragma once

#include <QObject>

// The keyboard manners every dialog of the window shares (issue 12.7), watched for the whole
// application once:
// - Ctrl+S saves (clicks the dialog's Save, else its OK) in any dialog, as Esc cancels in any;
// - Alt with a letter that is no mnemonic of the window never types that letter into a field
//   (Qt's line edits would: a clerk reaching for Alt+S found an "s" in the serial number).
class DialogKeys : public QObject
{
    Q_OBJECT
public:
    // Installs the watcher on the application, once; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};
