#include "cases/CaseViewPage.h"

#include "UserError.h"
#include "attachments/AttachmentsPanel.h"
#include "cases/CaseActions.h"
#include "cases/CaseChanges.h"
#include "cases/CaseDetailsHtml.h"
#include "cases/SerialHistory.h"
#include "common/Palette.h"
#include "dates/CompanyTime.h"
#include "db/DatabaseError.h"
#include "db/ServerLink.h"
#include "domain/CaseStatus.h"
#include "improvement/CaseImprovement.h"
#include "main/Session.h"
#include "print/PrintController.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CaseViewPage::CaseViewPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actions(std::make_unique<CaseActions>(session, this))
{
    setObjectName(QStringLiteral("caseViewPage"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("caseNextDue"));
    m_next->setWordWrap(true);
    layout->addWidget(m_next);
    m_unavailable = new QFrame(this);
    m_unavailable->setObjectName(QStringLiteral("caseUnavailable"));
    m_unavailable->setFrameShape(QFrame::StyledPanel);
    auto* unavailable = new QHBoxLayout(m_unavailable);
    m_unavailableText = new QLabel(m_unavailable);
    m_unavailableText->setWordWrap(true);
    unavailable->addWidget(m_unavailableText, 1);
    m_tryAgain = new QPushButton(m_unavailable);
    m_tryAgain->setObjectName(QStringLiteral("caseTryAgain"));
    unavailable->addWidget(m_tryAgain, 0, Qt::AlignTop);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);
    connect(m_tryAgain, &QPushButton::clicked, this, &CaseViewPage::tryAgain);
    // A case that could not be read because the server did not answer opens once it answers.
    connect(&m_session.serverLink(), &ServerLink::answered, this, [this](bool reachable) {
        if (reachable && m_waitingForServer)
            reload();
    });
    m_buttonRow = new QHBoxLayout;
    m_buttonRow->addStretch(1);
    m_print = new QToolButton(this);
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* printMenu = new QMenu(m_print);
    using D = PrintController::Document;
    const QList<QPair<D, const char*>> docs {{D::FeedbackSheet, QT_TR_NOOP("Information feedback sheet")},
                                             {D::ServiceReport, QT_TR_NOOP("On-site service report")},
                                             {D::ReturnVisitRecord, QT_TR_NOOP("Return-visit record")},
                                             {D::FeedbackLetter, QT_TR_NOOP("Written feedback letter")}};
    for (const auto& d : docs) {
        const D doc = d.first;
        printMenu->addAction(tr(d.second), this, [this, doc]() {
            PrintController::preview(this, m_session.services(), doc, {m_case.id});
        });
    }
    m_print->setMenu(printMenu);
    m_buttonRow->addWidget(m_print);
    // The improvement loop of the case (issue 14): its tracing (8D), actions, special treatment group.
    m_improvement = new CaseImprovement(session, this, [this]() { return m_case.id; });
    m_buttonRow->addWidget(m_improvement);
    layout->addLayout(m_buttonRow);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("caseSplitter"));
    m_details = new QTextBrowser(m_splitter);
    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_details->setOpenLinks(false);
    m_timeline = new QTreeWidget(m_splitter);
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    m_timeline->setColumnCount(3);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setStretchLastSection(true);
    connect(m_timeline, &QTreeWidget::itemExpanded, this, &CaseViewPage::fitTimeline);
    connect(m_splitter, &QSplitter::splitterMoved, this, &CaseViewPage::fitTimeline);
    m_splitter->addWidget(m_details);
    m_splitter->addWidget(m_timeline);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({560, 440});
    // The case's photos and documents below (issue 17): dropped onto them, or pasted anywhere on the page.
    auto* rows = new QSplitter(Qt::Vertical, this);
    rows->setObjectName(QStringLiteral("caseFilesSplitter"));
    rows->addWidget(m_splitter);
    m_files = new AttachmentsPanel(session, AttachmentsPanel::Mode::Stored, rows);
    m_files->pasteShortcutOn(this);
    rows->addWidget(m_files);
    rows->setStretchFactor(0, 3);
    rows->setStretchFactor(1, 1);
    rows->setSizes({440, 190});
    layout->addWidget(rows, 1);
    connect(&m_session, &Session::caseChanged, this, [this](qint64 id) {
        if (m_case.id > 0 && (id == 0 || id == m_case.id))
            reload();
    });
    // Saved by another program: read again only when it is this case (or what cannot be named),
    // keeping the place in the details.
    connect(&m_session, &Session::changedElsewhere, this, [this](const QSet<qint64>& caseIds) {
        if (m_case.id <= 0 || !(caseIds.isEmpty() || caseIds.contains(m_case.id)))
            return;
        const int scrolled = m_details->verticalScrollBar()->value();
        reload();
        m_details->verticalScrollBar()->setValue(scrolled);
    });
    retranslate();
}

CaseViewPage::~CaseViewPage() = default;

void CaseViewPage::showCase(qint64 caseId)
{
    if (caseId != m_case.id)
        m_loaded = false; // what was read is another case's
    m_case.id = caseId;
    reload();
}

void CaseViewPage::reload()
{
    if (m_case.id <= 0)
        return;
    try {
        QualityCase c = m_session.workflow().load(m_case.id);
        m_session.reference().localize(c);
        fill(c);
    } catch (const DatabaseError& error) {
        const bool away = error.kind() == DatabaseError::Kind::Unreachable;
        showUnreadable(away ? QString() : error.message(), away);
    } catch (const UserError& error) {
        showUnreadable(error.message(), false);
    }
}

void CaseViewPage::fill(const QualityCase& c)
{
    m_case = c;
    m_loaded = true;
    m_waitingForServer = false;
    m_unavailable->hide();
    m_title->show();
    m_next->show();
    m_print->setEnabled(true);
    m_improvement->setEnabled(true);
    m_files->setEnabled(true);
    const QDateTime now = m_session.clock().now();
    m_title->setText(tr("<h2>%1 · %2</h2>%3 · %4 %5")
                         .arg(m_case.number.toHtmlEscaped(),
                              CaseStatuses::displayName(m_case.status).toHtmlEscaped(),
                              m_case.customerName.toHtmlEscaped(), m_case.modelCode.toHtmlEscaped(),
                              m_case.serialNo.toHtmlEscaped()));
    const NextDue next = m_session.workflow().nextDue(m_case);
    if (next.isNone()) {
        m_next->setText(tr("Nothing is due: the case is closed."));
        m_next->setStyleSheet(QString());
    } else {
        const QString due = CompanyTime::minutes(next.dueAt, m_session.workflow().deadlines().rules().zone);
        if (!next.dueAt.isValid())
            m_next->setText(tr("Next: %1 — %2 (no deadline)").arg(next.what, next.owner));
        else
            m_next->setText(next.overdue
                                ? tr("Next: %1 — %2, overdue since %3").arg(next.what, next.owner, due)
                                : tr("Next: %1 — %2, due %3").arg(next.what, next.owner, due));
        const QColor c = Palette::deadline(palette(), next.dueAt, now);
        m_next->setStyleSheet(c.isValid() ? QStringLiteral("color: %1; font-weight: bold;").arg(c.name())
                                          : QString());
    }
    const QList<SerialCase> history = m_session.make<SerialHistory>().cases(m_case.serialNo);
    m_details->setHtml(CaseDetailsHtml::render(m_case, m_session.workflow().clocks(m_case), history, now,
                                               palette(), m_session.workflow().deadlines().rules().zone));
    rebuildButtons();
    fillTimeline();
    m_files->showCase(m_case.id);
    emit loaded(m_case.id);
}

void CaseViewPage::showUnreadable(const QString& message, bool serverAway)
{
    m_waitingForServer = serverAway;
    m_tryAgain->setVisible(serverAway);
    if (m_loaded) {
        // This case was shown: it stays, as it was read, until the server answers.
        m_unavailableText->setText(
            serverAway ? tr("The database server does not answer, so this case is shown as it was read "
                            "before. It is read again as soon as the server answers.")
                       : message);
    } else {
        // Nothing of another case stays on the page, and nothing can be done or printed on this one.
        m_unavailableText->setText(serverAway ? tr("This case cannot be opened now: the database server "
                                                   "does not answer. It opens by itself as soon as the "
                                                   "server answers again.")
                                              : message);
        m_title->hide();
        m_next->hide();
        qDeleteAll(m_buttons);
        m_buttons.clear();
        m_details->clear();
        m_timeline->clear();
        m_files->showCase(0);
        m_files->setEnabled(false);
        m_print->setEnabled(false);
        m_improvement->setEnabled(false);
    }
    m_unavailableText->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
    m_unavailable->show();
    emit readFailed(m_case.id);
}

void CaseViewPage::tryAgain()
{
    // While the connection is lost every statement fails at once: the link asks the server on its
    // worker thread, and the case is read when it answers.
    ServerLink& link = m_session.serverLink();
    if (!link.isLost()) {
        reload();
        return;
    }
    if (!link.isChecking())
        link.check();
}

QPushButton* CaseViewPage::stepButton(WorkflowStep step) const
{
    for (QPushButton* b : m_buttons)
        if (b->objectName() == CaseActions::objectName(step))
            return b;
    return nullptr;
}

void CaseViewPage::rebuildButtons()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const QList<WorkflowStep> steps = m_actions->available(m_case);
    int at = 0;
    for (WorkflowStep step : steps) {
        auto* b = new QPushButton(CaseActions::label(step, m_case), this);
        b->setObjectName(CaseActions::objectName(step));
        connect(b, &QPushButton::clicked, this, [this, step]() {
            const QualityCase c = m_case;
            m_actions->run(step, c);
        });
        m_buttonRow->insertWidget(at++, b);
        m_buttons.append(b);
    }
    if (!m_buttons.isEmpty())
        m_buttons.first()->setDefault(true);
}

void CaseViewPage::fillTimeline()
{
    // The history in words: labels and values as people say them, names for ids, times in the
    // company's time zone (said once, in the column's heading).
    m_timeline->clear();
    const QTimeZone zone = m_session.workflow().deadlines().rules().zone;
    const CaseChanges changes = m_session.make<CaseChanges>(zone, m_session.clock().now());
    QTreeWidgetItem* group = nullptr;
    QString groupKey;
    for (const CaseChange& e : changes.since(m_case.id, -1)) {
        const QString key
            = QString::number(e.version) + e.at.toString(Qt::ISODate) + e.user + e.record + e.action;
        if (!group || key != groupKey) {
            group = new QTreeWidgetItem(m_timeline);
            const QString action = e.action == QLatin1String("create")
                ? tr("%1 added").arg(e.record)
                : (e.action == QLatin1String("delete") ? tr("%1 removed").arg(e.record)
                                                       : tr("%1 changed").arg(e.record));
            group->setText(0, CompanyTime::compact(e.at, zone));
            group->setText(1, e.user.isEmpty() ? tr("system") : e.user);
            group->setText(2, action);
            groupKey = key;
        }
        auto* item = new QTreeWidgetItem(group);
        item->setText(0, e.field);
        item->setText(1, e.oldValue);
        item->setText(2, e.newValue);
        item->setToolTip(2, e.newValue);
    }
    if (m_timeline->topLevelItemCount() > 0)
        m_timeline->scrollToItem(m_timeline->topLevelItem(m_timeline->topLevelItemCount() - 1));
    fitTimeline();
}

void CaseViewPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitTimeline();
}

void CaseViewPage::fitTimeline()
{
    // The time and the person (or field and old value) as wide as what they hold, heading
    // included, each within a share of the view; what is done or the new value gets the rest.
    const int view = std::max(m_timeline->viewport()->width(), 300);
    const QList<double> shares {0.45, 0.25};
    for (int c = 0; c < shares.size(); ++c) {
        m_timeline->resizeColumnToContents(c);
        m_timeline->setColumnWidth(c, std::min(m_timeline->columnWidth(c), int(view * shares.at(c))));
    }
}

void CaseViewPage::retranslate()
{
    m_tryAgain->setText(tr("&Try again"));
    m_print->setText(tr("P&rint")); // Alt+P is the Print menu's
    m_print->setAccessibleName(tr("Print a document of this case"));
    m_details->setAccessibleName(tr("Case details"));
    m_timeline->setAccessibleName(tr("Timeline of the case"));
    m_timeline->setHeaderLabels(
        {tr("When (%1) / field").arg(QString::fromUtf8(m_session.workflow().deadlines().rules().zone.id())),
         tr("Who / old value"), tr("What / new value")});
    const QStringList names = {tr("Information feedback sheet"), tr("On-site service report"),
                               tr("Return-visit record"), tr("Written feedback letter")};
    const QList<QAction*> acts = m_print->menu()->actions();
    for (int i = 0; i < acts.size() && i < names.size(); ++i)
        acts.at(i)->setText(names.at(i));
}

void CaseViewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    // The deadline colours (label and details) are the palette's: a switch to a dark desktop
    // while a case is open draws them again.
    if (event->type() == QEvent::PaletteChange)
        reload();
    QWidget::changeEvent(event);
}
