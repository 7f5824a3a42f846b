#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QWidget>

#include <functional>

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
// Answers the next modal dialog (a question, a conflict) as soon as it is shown: act gets it and
// must close it. Call before the action that opens it.
void whenModal(std::function<void(QWidget*)> act, int timeoutMs = 10000);
// Saves a picture of the widget as <build>/screenshots/<name>_<language>.png for people to look at.
bool screenshot(QWidget* widget, const QString& name);
} // namespace GuiTest
