#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QWidget>

class MainWindow;
class StepDialog;

// Small helpers for driving the window as a person would.
namespace GuiTest {
// Clicks the dialog's Save (or OK) button with the mouse.
void clickSave(QDialog* dialog);
// Replaces a text field's contents by typing.
void typeInto(QWidget* field, const QString& text);
// Lets the window's event loop run until the counts asked of the background thread have
// arrived (false after timeoutMs without them).
bool waitForCounts(MainWindow& window, int timeoutMs = 10000);
} // namespace GuiTest
