#include "improvement/ActionsPage.h"

#include "UserError.h"
#include "common/Palette.h"
#include "improvement/ActionService.h"
#include "improvement/ImprovementForms.h"
#include "improvement/ImprovementList.h"
#include "improvement/ImprovementRules.h"
#include "improvement/ImprovementWords.h"
#include "improvement/RectificationNoticeDocument.h"
#include "main/Session.h"
#include "print/PrintController.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int pageSize = 100;
} // namespace

ActionsPage::ActionsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("actionsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("actionFilter"));
    m_filter->addItem(tr("Not closed"), static_cast<int>(ImprovementQuery::Show::Open));
    m_filter->addItem(tr("Overdue"), static_cast<int>(ImprovementQuery::Show::Overdue));
    m_filter->addItem(tr("All"), static_cast<int>(ImprovementQuery::Show::All));
    top->addWidget(m_filter);
    top->addStretch(1);
    layout->addLayout(top);
    m_table = ImprovementList::make(this, QStringLiteral("actionsTable"),
                                    {tr("Notice"), tr("Case"), tr("Owner unit"), tr("Kind"), tr("Due"),
                                     tr("State"), tr("Meetings"), tr("What")});
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& text, const char* name, auto slot) {
        return ImprovementList::addButton(this, buttons, text, name, slot);
    };
    QPushButton* raiseButton = button(tr("&Raise action…"), "raiseAction", &ActionsPage::raise);
    raiseButton->setEnabled(ImprovementRules::may(session.user(), ImprovementRules::Task::RaiseAction));
    m_circulate = button(tr("&Meeting…"), "circulateAction", &ActionsPage::circulate);
    m_done = button(tr("&Done…"), "actionDone", &ActionsPage::reportDone);
    m_check = button(tr("&Effectiveness…"), "checkAction", &ActionsPage::checkEffectiveness);
    m_close = button(tr("&Close action"), "closeAction", &ActionsPage::close);
    m_print = button(tr("&Print notice…"), "printNotice", [this]() {
        const qint64 id = selectedId();
        if (id <= 0)
            return;
        const QString number = m_session.make<ActionService>().load(id).number;
        PrintController::previewOne(
            this, tr("Rectification notice"), [this, number](const ReportOptions& options) {
                return m_session.call(&RectificationNoticeDocument::ofNumber, number, options);
            });
    });
    buttons->addStretch(1);
    m_more = button(tr("&More"), "moreActions", &ActionsPage::readMore);
    layout->addLayout(buttons);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this]() {
        m_show = static_cast<ImprovementQuery::Show>(m_filter->currentData().toInt());
        reload();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActionsPage::updateButtons);
    reload();
}

void ActionsPage::setShow(ImprovementQuery::Show show)
{
    m_filter->setCurrentIndex(m_filter->findData(static_cast<int>(show)));
}

void ActionsPage::reload()
{
    const qint64 selected = selectedId();
    m_table->setRowCount(0);
    m_lastDue = {};
    m_lastId = 0;
    readMore();
    for (int row = 0; row < m_table->rowCount(); ++row) // the action worked on stays chosen
        if (selected > 0 && m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == selected)
            m_table->selectRow(row);
}

void ActionsPage::readMore()
{
    const QList<ActionRow> rows
        = m_session.make<ImprovementQuery>().actions(m_show, m_lastDue, m_lastId, pageSize);
    append(rows);
    m_more->setEnabled(rows.size() == pageSize);
    if (!rows.isEmpty()) {
        m_lastDue = rows.last().dueOn;
        m_lastId = rows.last().id;
    }
    updateButtons();
}

void ActionsPage::append(const QList<ActionRow>& rows)
{
    for (const ActionRow& a : rows) {
        const QStringList cells {a.number,
                                 a.caseNumber,
                                 a.ownerUnit,
                                 ImprovementWords::kindName(a.kind),
                                 a.dueOn.toString(Qt::ISODate),
                                 a.overdue ? tr("Overdue") : ImprovementWords::statusName(a.status),
                                 tr("%1 of 3").arg(a.circulated),
                                 a.what.simplified()};
        ImprovementList::addRow(m_table, cells, a.id, a.overdue ? Palette::overdue(palette()) : QColor());
    }
    m_table->resizeColumnsToContents();
}

qint64 ActionsPage::selectedId() const
{
    return ImprovementList::selectedId(m_table);
}

void ActionsPage::select(const QString& number)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text() == number)
            m_table->selectRow(row);
}

bool ActionsPage::showAction(qint64 id)
{
    if (m_show == ImprovementQuery::Show::Open)
        reload();
    else
        setShow(ImprovementQuery::Show::Open); // reads the list again
    for (int row = 0;; ++row) {
        if (row == m_table->rowCount()) {
            if (!m_more->isEnabled())
                return false;
            readMore();
            if (row == m_table->rowCount())
                return false;
        }
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            return true;
        }
    }
}

void ActionsPage::updateButtons()
{
    const qint64 id = selectedId();
    for (QPushButton* b : {m_circulate, m_done, m_check, m_close, m_print})
        b->setEnabled(false);
    if (id <= 0)
        return;
    const CorrectiveAction a = m_session.make<ActionService>().load(id);
    const User& user = m_session.user();
    const bool open = a.status != ActionStatus::Closed;
    m_print->setEnabled(true);
    m_circulate->setEnabled(open && a.circulations.size() < 3
                            && ImprovementRules::may(user, ImprovementRules::Task::RecordCirculation));
    m_done->setEnabled(a.status == ActionStatus::Open && ImprovementRules::doneRefusal(user, a).isEmpty());
    m_check->setEnabled(a.status == ActionStatus::Done
                        && ImprovementRules::may(user, ImprovementRules::Task::CheckEffectiveness));
    m_close->setEnabled(a.status == ActionStatus::Effective
                        && ImprovementRules::may(user, ImprovementRules::Task::CloseAction));
}

void ActionsPage::raise()
{
    if (ImprovementForms::raiseAction(m_session, this, ActionSource::Manual, 0, 0))
        changed();
}

void ActionsPage::circulate()
{
    if (ImprovementList::openOnSelected<ActionService>(m_session, this, m_table,
                                                       &ImprovementForms::recordCirculation))
        changed();
}

void ActionsPage::reportDone()
{
    if (ImprovementList::openOnSelected<ActionService>(m_session, this, m_table,
                                                       &ImprovementForms::reportDone))
        changed();
}

void ActionsPage::checkEffectiveness()
{
    if (ImprovementList::openOnSelected<ActionService>(m_session, this, m_table,
                                                       &ImprovementForms::checkEffectiveness))
        changed();
}

void ActionsPage::close()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    ActionService actions = m_session.make<ActionService>();
    const CorrectiveAction a = actions.load(id);
    try {
        actions.close(m_session.user(), a.id, a.version);
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("Close action"), e.message());
        return;
    }
    changed();
}

void ActionsPage::changed()
{
    reload();
    m_session.notifyChanged(0); // My work and the flow chart count the actions again
}
