#include "steps/ConflictDialog.h"

#include "cases/CaseTimeline.h"
#include "workflow/ConflictError.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const ConflictError& conflict, const CaseChanges& words, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("The case was changed by someone else"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    m_message = new QLabel(conflict.message(), this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(420);
    top->addWidget(m_message, 1);
    layout->addLayout(top);

    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("theirChanges"));
    m_changes->setColumnCount(3);
    m_changes->setHeaderLabels({tr("What"), tr("Before"), tr("After")});
    m_changes->setRootIsDecorated(false);
    m_changes->setWordWrap(true);
    m_changes->header()->setStretchLastSection(true);
    int version = -1;
    QTreeWidgetItem* group = nullptr;
    for (const CaseChange& c : conflict.changes()) {
        if (!group || c.version != version) {
            version = c.version;
            group = new QTreeWidgetItem(m_changes, {words.heading(c)});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
        }
        const QString what = c.record == CaseTimeline::entityText(QStringLiteral("cases"))
            ? c.field
            : tr("%1 — %2").arg(c.record, c.field);
        auto* item
            = new QTreeWidgetItem(group,
                                  {what, c.action == QLatin1String("create") ? QString() : c.oldValue,
                                   c.action == QLatin1String("delete") ? tr("(removed)") : c.newValue});
        for (int col = 0; col < 3; ++col)
            item->setToolTip(col, item->text(col));
    }
    m_changes->expandAll();
    m_changes->resizeColumnToContents(0);
    m_changes->setColumnWidth(0, std::min(m_changes->columnWidth(0) + 12, 340));
    m_changes->resizeColumnToContents(1);
    m_changes->setColumnWidth(1, std::min(m_changes->columnWidth(1) + 12, 220));
    m_changes->setMinimumHeight(180);
    m_changes->setVisible(false);
    layout->addWidget(m_changes, 1);

    auto* row = new QHBoxLayout;
    m_show = new QPushButton(tr("&Show their change"), this);
    m_show->setObjectName(QStringLiteral("showTheirChange"));
    m_show->setCheckable(true);
    m_show->setAutoDefault(false);
    row->addWidget(m_show);
    auto* buttons = new QDialogButtonBox(this);
    row->addWidget(buttons, 1);
    m_apply = buttons->addButton(tr("&Apply mine on top"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyMine"));
    m_apply->setToolTip(tr("Read the case again as it is now and save what you typed on it"));
    m_drop = buttons->addButton(tr("&Drop mine"), QDialogButtonBox::DestructiveRole);
    m_drop->setObjectName(QStringLiteral("dropMine"));
    m_drop->setToolTip(tr("Close the form and throw away what you typed"));
    m_apply->setDefault(true);
    layout->addLayout(row);
    connect(m_show, &QPushButton::toggled, this, &ConflictDialog::toggleChanges);
    connect(m_apply, &QPushButton::clicked, this, [this]() { choose(Choice::ApplyMine); });
    connect(m_drop, &QPushButton::clicked, this, [this]() { choose(Choice::DropMine); });
    adjustSize();
}

void ConflictDialog::toggleChanges(bool shown)
{
    m_changes->setVisible(shown);
    m_show->setText(shown ? tr("Hide &their change") : tr("&Show their change"));
    if (shown)
        resize(std::max(width(), 760), std::max(height(), 440));
    else
        adjustSize();
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}
