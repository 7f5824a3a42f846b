#include "steps/FirstVisitDialog.h"

#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "main/Session.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

QStringList FirstVisitDialog::defaultRequirements()
{
    return {tr("Arrived at the appointed time"), tr("Explained the cause and the work"),
            tr("Left the site clean and safe"), tr("The product works as it should"),
            tr("Polite and helpful service")};
}

FirstVisitDialog::FirstVisitDialog(Session& session, const QualityCase& c, QWidget* parent)
    : StepDialog(session, c, tr("First return visit"), parent)
{
    setObjectName(QStringLiteral("firstVisitDialog"));
    m_visited = Fields::dateTime(this, session.clock().now(), session.clock(),
                                 session.workflow().deadlines().rules().zone);
    addRow(QStringLiteral("visitedAt"), tr("Called at"), m_visited, true);
    const QStringList reqs = defaultRequirements();
    m_items = new QTableWidget(static_cast<int>(reqs.size()), 2, this);
    m_items->setObjectName(QStringLiteral("visitItems"));
    m_items->setHorizontalHeaderLabels({tr("On-site service requirement"), tr("Customer's note")});
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setColumnWidth(0, 300);
    m_items->setMinimumHeight(m_items->verticalHeader()->defaultSectionSize() * (int(reqs.size()) + 1) + 4);
    for (int r = 0; r < reqs.size(); ++r) {
        auto* item = new QTableWidgetItem(reqs.at(r));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                       | Qt::ItemIsEditable);
        item->setCheckState(Qt::Unchecked);
        m_items->setItem(r, 0, item);
        m_items->setItem(r, 1, new QTableWidgetItem());
    }
    addRow(QStringLiteral("items"), tr("Confirmed item by item"), m_items, true);
    m_marks = new QSpinBox(this);
    m_marks->setRange(-1, 100);
    m_marks->setSpecialValueText(tr("Not given"));
    m_marks->setValue(-1);
    addRow(QStringLiteral("marks"), tr("Customer's marks (0-100)"), m_marks, true);
    m_remarks = Fields::text(this);
    addRow(QStringLiteral("remarks"), tr("Remarks"), m_remarks);
}

void FirstVisitDialog::submit()
{
    FirstVisitData d;
    d.visitedAt = Fields::utc(m_visited);
    for (int r = 0; r < m_items->rowCount(); ++r)
        d.items.append({m_items->item(r, 0)->text(), m_items->item(r, 0)->checkState() == Qt::Checked,
                        m_items->item(r, 1) ? m_items->item(r, 1)->text() : QString()});
    d.marks = m_marks->value();
    d.remarks = m_remarks->toPlainText();
    m_session.workflow().recordFirstVisit(m_session.user(), ref(), d);
}
