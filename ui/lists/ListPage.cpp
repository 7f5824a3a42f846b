#include "lists/ListPage.h"

#include "UserError.h"
#include "i18n/Translations.h"
#include "lists/ListEditDialog.h"
#include "lists/ListRules.h"
#include "lists/ListService.h"
#include "lists/ListSpec.h"
#include "lists/ListTableModel.h"
#include "main/Session.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ListPage::ListPage(Session& session, const ListSpec& spec, qint64 parentId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_spec(spec)
    , m_query(session.makeUnique<ListQuery>(spec))
    , m_mayChange(ListRules::mayChange(session.user()))
{
    setObjectName(spec.id + QStringLiteral("Page"));
    m_query->setDisplayLanguage(Translations::current());
    m_filter.parentId = parentId;
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("listSearch"));
    m_search->setClearButtonEnabled(true);
    m_inactive = new QCheckBox(this);
    m_inactive->setObjectName(QStringLiteral("showInactive"));
    m_count = new QLabel(this);
    top->addWidget(m_search, 1);
    top->addWidget(m_inactive);
    top->addWidget(m_count);
    layout->addLayout(top);
    m_model = new ListTableModel(*m_query, this);
    m_model->setFilter(m_filter);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("listTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The list's own order first (setSortingEnabled sorts by the indicator at once).
    const QList<ListColumnInfo> columns = m_query->columns();
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].key == spec.defaultSort)
            m_table->horizontalHeader()->setSortIndicator(i, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // A column core cannot sort cheaply keeps the indicator where the order really is.
    connect(
        m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this, columns](int column) {
            if (column >= 0 && column < columns.size() && columns[column].sortable)
                return;
            const QSignalBlocker block(m_table->horizontalHeader());
            for (int i = 0; i < columns.size(); ++i)
                if (columns[i].key
                    == (m_model->filter().sortKey.isEmpty() ? m_spec.defaultSort : m_model->filter().sortKey))
                    m_table->horizontalHeader()->setSortIndicator(
                        i, m_model->filter().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        });
    for (int i = 0; i < columns.size(); ++i) // in a child list every row has the same parent
        m_table->setColumnHidden(i, parentId != 0 && columns[i].key == spec.parentField);
    m_table->resizeColumnsToContents();
    for (int i = 0; i < columns.size(); ++i)
        m_table->setColumnWidth(i, std::min(m_table->columnWidth(i), 320));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setVisible(!m_mayChange);
    layout->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("listAdd"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("listEdit"));
    m_active = new QPushButton(this);
    m_active->setObjectName(QStringLiteral("listActive"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_active);
    buttons->addStretch(1);
    m_buttons = buttons;
    layout->addLayout(buttons);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ListPage::applyFilter);
    connect(m_searchDelay, &QTimer::timeout, this, &ListPage::applyFilter);
    connect(m_inactive, &QCheckBox::toggled, this, &ListPage::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &ListPage::addEntry);
    connect(m_edit, &QPushButton::clicked, this, [this]() { editEntry(selectedRow()); });
    connect(m_active, &QPushButton::clicked, this, &ListPage::toggleActive);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { editEntry(i.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateButtons);
    retranslate();
    updateCount();
}

ListPage::~ListPage() = default;

void ListPage::addExtraButton(QPushButton* button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void ListPage::setOnlyFlag(const QString& key)
{
    m_filter.onlyFlag = key;
    applyFilter();
}

void ListPage::setParentId(qint64 parentId)
{
    m_filter.parentId = parentId;
    applyFilter();
}

void ListPage::applyFilter()
{
    m_searchDelay->stop();
    ListFilter f = m_filter;
    f.search = m_search->text();
    f.includeInactive = m_inactive->isChecked();
    f.sortKey = m_model->filter().sortKey;
    f.descending = m_model->filter().descending;
    m_model->setFilter(f);
    updateCount();
}

void ListPage::reload()
{
    m_model->reload();
    updateCount();
}

void ListPage::updateCount()
{
    const qint64 n = m_query->count(m_model->filter());
    m_count->setText(tr("%n entries", nullptr, static_cast<int>(std::min<qint64>(n, INT_MAX))));
}

int ListPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool ListPage::selectRow(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void ListPage::updateButtons()
{
    const int row = selectedRow();
    m_add->setEnabled(m_mayChange);
    m_edit->setEnabled(row >= 0);
    m_active->setEnabled(m_mayChange && row >= 0);
    m_active->setText(row >= 0 && !m_model->isActive(row) ? tr("&Reactivate") : tr("&Deactivate"));
    m_edit->setText(m_mayChange ? tr("&Edit…") : tr("&Open…"));
}

ListEditDialog* ListPage::openDialog(qint64 id)
{
    auto* dialog = new ListEditDialog(m_session, m_spec, id, m_filter.parentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ListEditDialog::saved, this, [this](qint64 saved) {
        reload();
        selectRow(saved);
        emit entrySaved(saved);
    });
    dialog->open();
    return dialog;
}

ListEditDialog* ListPage::addEntry()
{
    return m_mayChange ? openDialog(0) : nullptr;
}

ListEditDialog* ListPage::editEntry(int row)
{
    const qint64 id = m_model->entryId(row);
    return id > 0 ? openDialog(id) : nullptr;
}

bool ListPage::toggleActive()
{
    const int row = selectedRow();
    const qint64 id = m_model->entryId(row);
    if (id <= 0)
        return false;
    const bool activate = !m_model->isActive(row);
    try {
        m_session.make<ListService>().setActive(m_session.user(), m_spec.id, id, activate);
    } catch (const UserError& e) {
        QMessageBox::warning(this, m_spec.titleText(), e.message());
        return false;
    }
    reload();
    selectRow(id);
    emit entrySaved(id);
    return true;
}

void ListPage::retranslate()
{
    m_query->setDisplayLanguage(Translations::current());
    m_search->setPlaceholderText(m_spec.field(m_spec.defaultSort)->has(FieldFlag::SearchPrefix)
                                     ? tr("Type the beginning of the number")
                                     : tr("Search: type part of a name, code or number"));
    m_inactive->setText(tr("Show deactivated"));
    m_add->setText(tr("&Add…"));
    m_note->setText(tr("Only the office or an administrator can change this list."));
    updateButtons();
    m_model->reload();
    updateCount();
}

void ListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
