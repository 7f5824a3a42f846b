#include "cases/CaseListPage.h"

#include "cases/CaseFilterBar.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListQuery.h"
#include "cases/CaseTableView.h"
#include "common/Palette.h"
#include "db/ServerLink.h"
#include "main/BackgroundCounts.h"
#include "main/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

CaseListPage::CaseListPage(Session& session, BackgroundCounts& counts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_counts(counts)
    , m_query(session.makeUnique<CaseListQuery>())
{
    setObjectName(QStringLiteral("caseListPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));
    top->addWidget(m_count);
    layout->addLayout(top);
    m_filters = new CaseFilterBar(session, this);
    layout->addWidget(m_filters);
    m_pinBar = new QWidget(this);
    auto* pin = new QHBoxLayout(m_pinBar);
    pin->setContentsMargins(0, 0, 0, 0);
    m_pinText = new QLabel(m_pinBar);
    m_pinText->setObjectName(QStringLiteral("casePinned"));
    m_pinText->setWordWrap(true);
    m_unpin = new QPushButton(m_pinBar);
    m_unpin->setObjectName(QStringLiteral("caseUnpin"));
    pin->addWidget(m_pinText, 1);
    pin->addWidget(m_unpin);
    m_pinBar->hide();
    layout->addWidget(m_pinBar);
    m_serverNotice = new QLabel(this);
    m_serverNotice->setObjectName(QStringLiteral("caseListServerNotice"));
    m_serverNotice->setWordWrap(true);
    m_serverNotice->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
    m_serverNotice->hide();
    layout->addWidget(m_serverNotice);
    connect(m_unpin, &QPushButton::clicked, this, [this]() {
        m_pinned.reset();
        m_pinBar->hide();
        m_filters->setEnabled(true);
        applyNow();
    });
    m_model = new CaseListModel(*m_query, session.clock(), this);
    m_model->setZone(session.workflow().deadlines().rules().zone);
    m_table = new CaseTableView(QStringLiteral("caseList/header"), this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->restoreColumns();
    layout->addWidget(m_table, 1);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CaseListPage::applyNow);
    connect(m_typing, &QTimer::timeout, this, &CaseListPage::applyNow);
    connect(m_filters, &CaseFilterBar::changed, this, &CaseListPage::applyNow);
    connect(m_table, &CaseTableView::caseActivated, &m_session, &Session::openCaseRequested);
    connect(m_model, &CaseListModel::readFailed, m_serverNotice, &QWidget::show);
    connect(&m_session.serverLink(), &ServerLink::answered, this, [this](bool reachable) {
        if (!reachable || m_serverNotice->isHidden())
            return;
        m_serverNotice->hide();
        m_model->reload();
        updateCount();
    });
    connect(&m_session, &Session::caseChanged, this, [this]() {
        m_model->reload();
        updateCount();
    });
    // Saved by another program: only those rows change; the place in the list stays, and the
    // number shown stays until the new one is counted.
    connect(&m_session, &Session::changedElsewhere, this, [this](const QSet<qint64>& caseIds) {
        m_table->keepingPlace([this, &caseIds]() { m_model->refreshCases(caseIds); });
        m_counts.countCases(m_model->filter());
    });
    connect(&m_counts, &BackgroundCounts::caseCountReady, this, [this](qint64 n) {
        m_caseCount = n;
        showCount();
    });
    retranslate();
    updateCount();
}

CaseListPage::~CaseListPage()
{
    m_table->saveColumns();
}

void CaseListPage::applyNow()
{
    m_typing->stop();
    CaseFilter f = m_pinned ? *m_pinned : m_filters->filter();
    f.search = m_search->text();
    m_model->setFilter(f);
    updateCount();
}

void CaseListPage::showCases(const CaseFilter& filter, const QString& description)
{
    m_pinned = filter;
    m_pinText->setText(tr("The cases of the statistic %1.").arg(description));
    m_pinBar->show();
    m_filters->setEnabled(false);
    m_search->clear();
    applyNow();
}

void CaseListPage::updateCount()
{
    m_caseCount = -1;
    m_counts.countCases(m_model->filter());
    showCount();
}

void CaseListPage::showCount()
{
    m_count->setText(m_caseCount < 0 ? tr("counting…")
                                     : tr("%Ln case(s)", nullptr, static_cast<int>(m_caseCount)));
}

void CaseListPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search cases: number, customer, serial, symptom… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cases"));
    m_table->setAccessibleName(tr("Cases"));
    m_unpin->setText(tr("Show all cases"));
    m_serverNotice->setText(
        tr("The database server does not answer, so the list shows the cases as they were read "
           "before. It is read again as soon as the server answers."));
    showCount();
}

void CaseListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
