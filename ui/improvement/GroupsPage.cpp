#include "improvement/GroupsPage.h"

#include "improvement/GroupService.h"
#include "improvement/ImprovementForms.h"
#include "improvement/ImprovementList.h"
#include "improvement/ImprovementQuery.h"
#include "improvement/ImprovementRules.h"
#include "main/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int pageSize = 100;
} // namespace

GroupsPage::GroupsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("groupsPage"));
    auto* layout = new QVBoxLayout(this);
    m_table = ImprovementList::make(this, QStringLiteral("groupsTable"),
                                    {tr("Group"), tr("Lead"), tr("State"), tr("Problem")});
    layout->addWidget(m_table, 2);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("groupDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details, 1);
    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& text, const char* name, auto slot) {
        return ImprovementList::addButton(this, buttons, text, name, slot);
    };
    button(tr("&New group…"), "newGroup", &GroupsPage::openGroup)
        ->setEnabled(ImprovementRules::may(session.user(), ImprovementRules::Task::OpenGroup));
    button(tr("M&embers…"), "groupMembers", &GroupsPage::changeMembers);
    button(tr("&Progress…"), "groupProgress", &GroupsPage::addProgress);
    button(tr("&Improvement…"), "groupImprovement", &GroupsPage::decideImprovement);
    button(tr("&Close group…"), "closeGroup", &GroupsPage::closeGroup);
    buttons->addStretch(1);
    m_more = button(tr("&More"), "moreGroups", &GroupsPage::readMore);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GroupsPage::showSelected);
    reload();
}

void GroupsPage::reload()
{
    m_table->setRowCount(0);
    m_last = 0;
    readMore();
    showSelected();
}

void GroupsPage::readMore()
{
    const QList<GroupRow> rows = m_session.make<ImprovementQuery>().groups(m_last, pageSize);
    for (const GroupRow& g : rows) {
        ImprovementList::addRow(
            m_table, {g.number, g.lead, g.closed ? tr("Closed") : tr("Open"), g.problem.simplified()}, g.id);
    }
    if (!rows.isEmpty())
        m_last = rows.last().id;
    m_more->setEnabled(rows.size() == pageSize);
    m_table->resizeColumnsToContents();
}

qint64 GroupsPage::selectedId() const
{
    return ImprovementList::selectedId(m_table);
}

void GroupsPage::showSelected()
{
    const qint64 id = selectedId();
    if (id <= 0) {
        m_details->setText(tr("Choose a group to see its members and progress."));
        return;
    }
    const TreatmentGroup g = m_session.make<GroupService>().load(id);
    QString html = tr("<b>%1</b> led by %2; members: %3.")
                       .arg(g.number.toHtmlEscaped(), g.lead.toHtmlEscaped(),
                            g.members.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!g.caseNumber.isEmpty())
        html += QLatin1Char(' ') + tr("Case %1.").arg(g.caseNumber.toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const GroupProgress& p : g.progress)
        html += QStringLiteral("<li>%1 %2 (%3)</li>")
                    .arg(p.on.toString(Qt::ISODate), p.entry.toHtmlEscaped(), p.recordedBy.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (!g.improvement.isEmpty())
        html += tr("<b>Systematic improvement:</b> %1").arg(g.improvement.toHtmlEscaped())
            + QStringLiteral("<br>");
    if (g.isClosed())
        html += tr("<b>Closed</b> by %1: %2").arg(g.closedBy.toHtmlEscaped(), g.summary.toHtmlEscaped());
    m_details->setText(html);
}

void GroupsPage::openGroup()
{
    if (ImprovementForms::openGroup(m_session, this, 0))
        reload();
}

void GroupsPage::changeMembers()
{
    if (ImprovementList::openOnSelected<GroupService>(m_session, this, m_table,
                                                      &ImprovementForms::changeMembers))
        showSelected();
}

void GroupsPage::addProgress()
{
    if (ImprovementList::openOnSelected<GroupService>(m_session, this, m_table,
                                                      &ImprovementForms::addProgress))
        showSelected();
}

void GroupsPage::decideImprovement()
{
    if (ImprovementList::openOnSelected<GroupService>(m_session, this, m_table,
                                                      &ImprovementForms::decideImprovement))
        showSelected();
}

void GroupsPage::closeGroup()
{
    if (ImprovementList::openOnSelected<GroupService>(m_session, this, m_table,
                                                      &ImprovementForms::closeGroup))
        reload();
}
