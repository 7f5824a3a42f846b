#include "setup/SetupListsPage.h"

#include "common/Palette.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

SetupListsPage::SetupListsPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("setupListsPage"));
    auto* layout = new QVBoxLayout(this);
    m_group = new QButtonGroup(this);
    for (const auto& [choice, name] :
         {std::pair {ListsChoice::EnterNow, "listsEnterNow"}, std::pair {ListsChoice::Import, "listsImport"},
          std::pair {ListsChoice::Later, "listsLater"}}) {
        auto* radio = new QRadioButton(this);
        radio->setObjectName(QString::fromLatin1(name));
        m_group->addButton(radio, static_cast<int>(choice));
        layout->addWidget(radio);
        // What the choice opens next, under its button and in line with its words.
        auto* note = new QLabel(this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setIndent(radio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, radio)
                        + radio->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, radio));
        layout->addWidget(note);
        layout->addSpacing(6);
        m_notes.append(note);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("setupProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addSpacing(12);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    setChoice(ListsChoice::EnterNow);
    retranslate();
}

void SetupListsPage::retranslate()
{
    setTitle(tr("The company's lists"));
    setSubTitle(tr("A call is logged for a customer and a product: customers and their contacts, product "
                   "models, shipped serial numbers, service agencies and technicians come first."));
    button(ListsChoice::EnterNow)->setText(tr("&Enter the lists now, in QualityLoop's list windows"));
    button(ListsChoice::Import)->setText(tr("&Import them from files (CSV as saved by Excel or the ERP)"));
    button(ListsChoice::Later)->setText(tr("&Later: open the main window"));
    m_notes.at(0)->setText(tr("The main window opens; each list has its form under Administration > Lists…, "
                              "to add customers, models, serial numbers and technicians one by one."));
    m_notes.at(1)->setText(tr("The lists window opens with its import: choose a list and the CSV file that "
                              "holds it, one list after another."));
    m_notes.at(2)->setText(tr("The main window opens. Calls can be logged once the customers and products "
                              "are in the lists."));
}

void SetupListsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

ListsChoice SetupListsPage::choice() const
{
    return static_cast<ListsChoice>(m_group->checkedId());
}

void SetupListsPage::setChoice(ListsChoice choice)
{
    button(choice)->setChecked(true);
}

QRadioButton* SetupListsPage::button(ListsChoice choice) const
{
    return qobject_cast<QRadioButton*>(m_group->button(static_cast<int>(choice)));
}

void SetupListsPage::showProblem(const QString& problem)
{
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString SetupListsPage::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}
