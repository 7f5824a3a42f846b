#include "attachments/AttachmentsPanel.h"

#include "UserError.h"
#include "attachments/AddFilesDialog.h"
#include "attachments/AttachmentActions.h"
#include "attachments/AttachmentFiles.h"
#include "attachments/AttachmentKinds.h"
#include "attachments/AttachmentQuery.h"
#include "attachments/AttachmentRules.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentSteps.h"
#include "attachments/FileIcons.h"
#include "attachments/PendingFiles.h"
#include "attachments/WithdrawDialog.h"
#include "common/Icons.h"
#include "common/Palette.h"
#include "dates/CompanyTime.h"
#include "main/Session.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace {
AttachmentsPanel::FileChooser& fileChooser()
{
    static AttachmentsPanel::FileChooser chooser;
    return chooser;
}
} // namespace

AttachmentsPanel::FileChooser AttachmentsPanel::setFileChooser(FileChooser chooser)
{
    std::swap(chooser, fileChooser());
    return chooser;
}

AttachmentsPanel::AttachmentsPanel(Session& session, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_mode(mode)
    , m_step(mode == Mode::Stored ? AttachmentSteps::caseView() : AttachmentSteps::intake())
{
    setObjectName(QStringLiteral("attachmentsPanel"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_heading = new QLabel(this);
    bar->addWidget(m_heading);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("attachmentsHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the muted colour of a hint
    bar->addWidget(m_hint, 1);
    m_add = new QPushButton(Icons::action(QStringLiteral("attach")), QString(), this);
    m_add->setObjectName(QStringLiteral("addFiles"));
    m_paste = new QPushButton(Icons::action(QStringLiteral("paste-picture")), QString(), this);
    m_paste->setObjectName(QStringLiteral("pastePicture"));
    m_saveAs = new QPushButton(Icons::action(QStringLiteral("save-file")), QString(), this);
    m_saveAs->setObjectName(QStringLiteral("saveFileAs"));
    m_withdraw = new QPushButton(Icons::action(QStringLiteral("withdraw")), QString(), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawFile"));
    m_remove = new QPushButton(QString(), this);
    m_remove->setObjectName(QStringLiteral("removePendingFile"));
    m_showWithdrawn = new QCheckBox(this);
    m_showWithdrawn->setObjectName(QStringLiteral("showWithdrawn"));
    for (QPushButton* b : {m_add, m_paste, m_saveAs, m_withdraw, m_remove}) {
        b->setAutoDefault(false);
        bar->addWidget(b);
    }
    bar->addWidget(m_showWithdrawn);
    const bool stored = mode == Mode::Stored;
    m_saveAs->setVisible(stored);
    m_withdraw->setVisible(stored);
    m_remove->setVisible(!stored);
    m_showWithdrawn->setVisible(stored && AttachmentRules::maySeeWithdrawn(session.user()));
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attachmentsMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(96, 96));
    m_list->setGridSize(QSize(136, 150));
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setWrapping(stored);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    if (!stored)
        m_list->setFixedHeight(164);
    layout->addWidget(m_list, 1);
    connect(m_add, &QPushButton::clicked, this, [this]() {
        const QStringList paths = fileChooser()
            ? fileChooser()(this)
            : QFileDialog::getOpenFileNames(this, tr("Add files to the case"));
        if (!paths.isEmpty())
            addFiles(paths);
    });
    connect(m_paste, &QPushButton::clicked, this, &AttachmentsPanel::paste);
    connect(m_saveAs, &QPushButton::clicked, this, &AttachmentsPanel::saveCurrentAs);
    connect(m_withdraw, &QPushButton::clicked, this, &AttachmentsPanel::withdrawCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeCurrent);
    connect(m_showWithdrawn, &QCheckBox::toggled, this, &AttachmentsPanel::refresh);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsPanel::openCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentsPanel::updateButtons);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &AttachmentsPanel::contextMenu);
    pasteShortcutOn(this);
    retranslate();
    refresh();
}

void AttachmentsPanel::pasteShortcutOn(QWidget* scope)
{
    auto* shortcut
        = new QShortcut(QKeySequence::Paste, scope, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &AttachmentsPanel::paste);
}

void AttachmentsPanel::retranslate()
{
    m_add->setText(tr("Add f&iles…"));
    m_add->setToolTip(tr("Add photos and other files (several at once); or drop them here"));
    m_paste->setText(tr("Pas&te picture"));
    m_paste->setToolTip(tr("Add the picture (or files) on the clipboard, such as a screenshot (Ctrl+V)"));
    m_saveAs->setText(tr("Save a cop&y…"));
    m_saveAs->setToolTip(tr("Save a copy of the chosen file"));
    m_withdraw->setText(tr("&Withdraw…"));
    m_withdraw->setToolTip(tr("Withdraw the chosen file from the case, with a reason"));
    m_remove->setText(tr("Take off"));
    m_remove->setToolTip(tr("Do not add the chosen file with this form"));
    m_showWithdrawn->setText(tr("Show withdrawn"));
    m_list->setAccessibleName(tr("Files of the case"));
    refresh();
}

void AttachmentsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttachmentsPanel::showCase(qint64 caseId)
{
    m_caseId = caseId;
    refresh();
}

void AttachmentsPanel::clearPending()
{
    m_pending.clear();
    m_pendingIcons.clear();
    refresh();
    emit pendingChanged();
}

QString AttachmentsPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void AttachmentsPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Palette::error(palette()).name())
                                   : QString());
    m_message->setVisible(!text.isEmpty());
}

void AttachmentsPanel::refresh()
{
    const int row = m_list->currentRow();
    m_list->clear();
    if (m_mode == Mode::Stored) {
        m_files.clear();
        if (m_caseId > 0) {
            const AttachmentQuery query = m_session.make<AttachmentQuery>();
            m_files = query.list(m_caseId);
            if (m_showWithdrawn->isVisible() && m_showWithdrawn->isChecked())
                m_files += query.withdrawn(m_session.user(), m_caseId);
        }
        const AttachmentFiles contents = m_session.make<AttachmentFiles>();
        for (const Attachment& a : std::as_const(m_files)) {
            auto* item = new QListWidgetItem(
                FileIcons::of(a.kind, contents.thumbnail(a)),
                a.caption.isEmpty() ? a.fileName : a.fileName + u'\n' + a.caption, m_list);
            QString tip
                = tr("%1 (%2, %3)\nAdded by %4, %5, at the %6")
                      .arg(a.caption.isEmpty() ? a.fileName : tr("%1 — %2").arg(a.fileName, a.caption),
                           AttachmentKinds::displayName(a.kind), QLocale().formattedDataSize(a.size),
                           a.addedBy,
                           CompanyTime::minutes(a.addedAt, m_session.workflow().deadlines().rules().zone),
                           AttachmentSteps::displayName(a.step));
            if (a.isWithdrawn()) {
                tip += u'\n' + tr("Withdrawn by %1: %2").arg(a.withdrawnBy, a.withdrawnReason);
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                item->setText(tr("%1\n(withdrawn)").arg(a.fileName));
            }
            item->setToolTip(tip);
        }
    } else {
        for (int i = 0; i < m_pending.size(); ++i) {
            const NewAttachment& f = m_pending.at(i);
            auto* item = new QListWidgetItem(
                m_pendingIcons.value(i), f.caption.isEmpty() ? f.fileName : f.fileName + u'\n' + f.caption,
                m_list);
            item->setToolTip(tr("%1 — saved with the form").arg(f.fileName));
        }
    }
    const int count = m_list->count();
    m_heading->setText(tr("<b>Files (%1)</b>").arg(count));
    m_hint->setText(count == 0 ? tr("Drop photos and other files here, paste a picture, or use Add files…")
                               : QString());
    m_list->setVisible(count > 0 || m_mode == Mode::Stored);
    if (count > 0)
        m_list->setCurrentRow(std::clamp(row, 0, count - 1));
    updateButtons();
}

int AttachmentsPanel::currentIndex() const
{
    return m_list->currentRow();
}

void AttachmentsPanel::updateButtons()
{
    const int i = currentIndex();
    const bool stored = m_mode == Mode::Stored;
    const bool chosen = i >= 0 && i < (stored ? m_files.size() : m_pending.size());
    m_add->setEnabled(!stored || m_caseId > 0);
    m_paste->setEnabled(!stored || m_caseId > 0);
    m_saveAs->setEnabled(stored && chosen);
    m_withdraw->setEnabled(stored && chosen && AttachmentRules::mayWithdraw(m_session.user(), m_files.at(i)));
    m_remove->setEnabled(!stored && chosen);
}

void AttachmentsPanel::addFiles(const QStringList& paths)
{
    QList<NewAttachment> files;
    for (const QString& path : paths)
        files.append(NewAttachment::fromFile(path));
    offer(files);
}

void AttachmentsPanel::addImage(const QImage& image)
{
    if (!image.isNull())
        offer({PendingFiles::fromImage(image, m_session.clock().now())});
}

bool AttachmentsPanel::paste()
{
    QString problem;
    const QList<NewAttachment> files
        = PendingFiles::fromMime(QGuiApplication::clipboard()->mimeData(), m_session.clock().now(), problem);
    if (files.isEmpty()) {
        showMessage(problem.isEmpty()
                        ? tr("The clipboard holds no picture or file to add. Copy a picture (or take a "
                             "screenshot) first.")
                        : problem,
                    true);
        return false;
    }
    offer(files);
    return true;
}

bool AttachmentsPanel::acceptable(const QMimeData* data)
{
    return data && (data->hasUrls() || data->hasImage());
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptable(event->mimeData()) && (m_mode == Mode::Pending || m_caseId > 0))
        event->acceptProposedAction();
}

void AttachmentsPanel::dragMoveEvent(QDragMoveEvent* event)
{
    if (acceptable(event->mimeData()))
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent* event)
{
    QString problem;
    const QList<NewAttachment> files
        = PendingFiles::fromMime(event->mimeData(), m_session.clock().now(), problem);
    if (files.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    event->acceptProposedAction();
    // The captions are asked once the drop is over: the program the files came from waits for it.
    QTimer::singleShot(0, this, [this, files]() { offer(files); });
}

void AttachmentsPanel::offer(const QList<NewAttachment>& files)
{
    if (files.isEmpty())
        return;
    showMessage({}, false);
    AttachmentService service = m_session.make<AttachmentService>();
    try {
        service.check(files); // before anything is opened: a refused file is never read
    } catch (const UserError& error) {
        showMessage(error.message(), true);
        QMessageBox::warning(this, tr("Add files"), error.message());
        return;
    }
    AddFilesDialog dialog(
        files, [this](const QList<NewAttachment>& chosen) { commit(chosen); }, this);
    dialog.exec();
}

void AttachmentsPanel::commit(const QList<NewAttachment>& files)
{
    AttachmentService service = m_session.make<AttachmentService>();
    if (m_mode == Mode::Stored) {
        service.add(m_session.user(), m_caseId, files, m_step);
        m_session.notifyChanged(m_caseId);
        showMessage(tr("%n file(s) added to the case.", nullptr, static_cast<int>(files.size())), false);
        refresh();
        return;
    }
    service.check(files);
    for (const NewAttachment& f : files) {
        m_pending.append(f);
        m_pendingIcons.append(FileIcons::preview(f, 96));
    }
    showMessage(tr("%n file(s) will be saved with the form.", nullptr, static_cast<int>(files.size())),
                false);
    refresh();
    m_list->setCurrentRow(m_list->count() - 1);
    emit pendingChanged();
}

void AttachmentsPanel::openCurrent()
{
    const int i = currentIndex();
    if (m_mode == Mode::Stored) {
        AttachmentActions::open(this, m_session, m_files, i);
        return;
    }
    if (i >= 0 && i < m_pending.size())
        PendingFiles::open(this, m_pending, i);
}

bool AttachmentsPanel::saveCurrentAs()
{
    const int i = currentIndex();
    if (m_mode != Mode::Stored || i < 0 || i >= m_files.size())
        return false;
    return AttachmentActions::saveAs(this, m_session, m_files.at(i));
}

void AttachmentsPanel::withdrawCurrent()
{
    const int i = currentIndex();
    if (m_mode != Mode::Stored || i < 0 || i >= m_files.size())
        return;
    const QString refusal = AttachmentRules::withdrawRefusal(m_session.user(), m_files.at(i));
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
        return;
    }
    WithdrawDialog dialog(m_session, m_files.at(i), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void AttachmentsPanel::removeCurrent()
{
    const int i = currentIndex();
    if (m_mode != Mode::Pending || i < 0 || i >= m_pending.size())
        return;
    m_pending.removeAt(i);
    m_pendingIcons.removeAt(i);
    refresh();
    emit pendingChanged();
}

void AttachmentsPanel::contextMenu(const QPoint& at)
{
    QListWidgetItem* item = m_list->itemAt(at);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, &AttachmentsPanel::openCurrent);
    if (m_mode == Mode::Stored) {
        menu.addAction(m_saveAs->icon(), m_saveAs->text(), this, &AttachmentsPanel::saveCurrentAs);
        menu.addAction(m_withdraw->icon(), m_withdraw->text(), this, &AttachmentsPanel::withdrawCurrent)
            ->setEnabled(m_withdraw->isEnabled());
    } else {
        menu.addAction(m_remove->text(), this, &AttachmentsPanel::removeCurrent);
    }
    menu.exec(m_list->viewport()->mapToGlobal(at));
}
