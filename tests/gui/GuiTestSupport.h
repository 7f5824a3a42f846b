#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QWidget>

class StepDialog;

// Small helpers for driving the window as a person would.
namespace GuiTest {
// Clicks the dialog's Save (or OK) button with the mouse.
void clickSave(QDialog* dialog);
// Replaces a text field's contents by typing.
void typeInto(QWidget* field, const QString& text);
} // namespace GuiTest
