#include "improvement/CaseImprovement.h"

#include "UserError.h"
#include "improvement/ImprovementForms.h"
#include "improvement/ImprovementRules.h"
#include "improvement/TracingDialog.h"
#include "improvement/TracingService.h"
#include "main/Session.h"

#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

CaseImprovement::CaseImprovement(Session& session, QWidget* parent, std::function<qint64()> caseId)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("caseImprovement"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(this);
    m_tracing = menu->addAction(QString(), this,
                                [&session, parent, caseId]() { showTracing(session, parent, caseId()); });
    m_tracing->setObjectName(QStringLiteral("caseTracing"));
    m_raise = menu->addAction(QString(), this, [&session, parent, caseId]() {
        const qint64 id = caseId();
        const auto tracing = session.make<TracingService>().ofCase(id);
        if (ImprovementForms::raiseAction(session, parent,
                                          tracing ? ActionSource::Tracing : ActionSource::Case, id,
                                          tracing ? tracing->id : 0))
            session.notifyChanged(id);
    });
    m_raise->setObjectName(QStringLiteral("caseRaiseAction"));
    m_group = menu->addAction(QString(), this, [&session, parent, caseId]() {
        ImprovementForms::openGroup(session, parent, caseId());
    });
    m_group->setObjectName(QStringLiteral("caseGroup"));
    setMenu(menu);
    retranslate();
}

void CaseImprovement::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void CaseImprovement::retranslate()
{
    setText(tr("Improvement"));
    m_tracing->setText(tr("Tracing (8D)…"));
    m_raise->setText(tr("Raise corrective action…"));
    m_group->setText(tr("Special treatment group…"));
}

void CaseImprovement::showTracing(Session& session, QWidget* parent, qint64 caseId)
{
    TracingService tracings = session.make<TracingService>();
    auto tracing = tracings.ofCase(caseId);
    if (!tracing) {
        const QString refusal
            = ImprovementRules::refusal(session.user(), ImprovementRules::Task::OpenTracing);
        if (!refusal.isEmpty()) {
            QMessageBox::information(parent, tr("Tracing (8D)"),
                                     tr("This case is not traced. %1").arg(refusal));
            return;
        }
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(
            parent, tr("Tracing (8D)"), tr("This case is not traced by itself. Why should it be traced?"), {},
            &ok);
        if (!ok)
            return;
        try {
            tracings.open(session.user(), caseId, note);
        } catch (const UserError& e) {
            QMessageBox::warning(parent, tr("Tracing (8D)"), e.message());
            return;
        }
        tracing = tracings.ofCase(caseId);
        session.notifyChanged(caseId);
    }
    TracingDialog dialog(session, tracing->id, parent);
    dialog.exec();
}
