#pragma once

#include <QDialog>

class CaseChanges;
class ConflictError;
class QLabel;
class QPushButton;
class QTreeWidget;

// Someone else changed the case after my form was opened, and core refused my save. Says who
// changed what and when, and lets me choose: show their change (each field, before and after),
// apply mine on top (the case is read again and my form saved on it), or drop mine. Closing it
// goes back to the form with nothing lost.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        KeepEditing,
        ApplyMine,
        DropMine
    };
    ConflictDialog(const ConflictError& conflict, const CaseChanges& words, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* showButton() const { return m_show; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* dropButton() const { return m_drop; }
    QTreeWidget* changesView() const { return m_changes; }

private:
    void choose(Choice choice);
    void toggleChanges(bool shown);

    Choice m_choice = Choice::KeepEditing;
    QLabel* m_message = nullptr;
    QTreeWidget* m_changes = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_drop = nullptr;
};
