#pragma once

#include "setup/ListsChoice.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QRadioButton;

// First-start setup, last page: how the company's lists get in (enter them now, import them from
// files, or later). Finishing it makes the administrator and saves the settings (SetupWizard).
class SetupListsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupListsPage(QWidget* parent = nullptr);

    ListsChoice choice() const;
    void setChoice(ListsChoice choice);
    QRadioButton* button(ListsChoice choice) const;
    void showProblem(const QString& problem);
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QButtonGroup* m_group = nullptr;
    QLabel* m_problem = nullptr;
    QList<QLabel*> m_notes; // what each choice opens next, under its button
};
