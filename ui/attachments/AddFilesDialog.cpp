#include "attachments/AddFilesDialog.h"

#include "UserError.h"
#include "attachments/AttachmentKinds.h"
#include "attachments/FileIcons.h"
#include "common/DialogFit.h"
#include "common/Palette.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

AddFilesDialog::AddFilesDialog(const QList<NewAttachment>& files, Commit commit, QWidget* parent)
    : QDialog(parent)
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("addFilesDialog"));
    setWindowTitle(tr("Add %n file(s)", nullptr, static_cast<int>(files.size())));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A caption says what the file shows (optional). The files are kept in the "
                                "database with the case, with your name and the time."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("addFilesMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    m_grid = new QGridLayout(body);
    m_grid->setColumnStretch(2, 1);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
    for (const NewAttachment& file : files)
        addRow(file);
    m_grid->setRowStretch(static_cast<int>(m_rows.size()), 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setText(tr("&Add"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddFilesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddFilesDialog::reject);
    DialogFit::toContents(this, 620);
    if (!m_rows.isEmpty())
        m_rows.first().caption->setFocus();
}

void AddFilesDialog::addRow(const NewAttachment& file)
{
    const int row = static_cast<int>(m_rows.size());
    QWidget* body = m_grid->parentWidget();
    auto* picture = new QLabel(body);
    picture->setFixedSize(64, 64);
    picture->setAlignment(Qt::AlignCenter);
    picture->setPixmap(FileIcons::preview(file, 64).pixmap(64, 64));
    const qint64 size = file.size();
    auto* name = new QLabel(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(file.fileName.toHtmlEscaped(), QLocale().formattedDataSize(std::max<qint64>(0, size))),
        body);
    name->setTextFormat(Qt::RichText);
    name->setWordWrap(true);
    name->setMinimumWidth(160);
    auto* caption = new QLineEdit(file.caption, body);
    caption->setObjectName(QStringLiteral("caption%1").arg(row));
    caption->setPlaceholderText(tr("Caption (optional)"));
    caption->setAccessibleName(tr("Caption of %1").arg(file.fileName));
    auto* remove = new QToolButton(body);
    remove->setText(tr("Take off"));
    remove->setToolTip(tr("Do not add this file"));
    m_grid->addWidget(picture, row, 0);
    m_grid->addWidget(name, row, 1);
    m_grid->addWidget(caption, row, 2);
    m_grid->addWidget(remove, row, 3);
    m_rows.append({file, {picture, name, caption, remove}, caption, remove, false});
    connect(remove, &QToolButton::clicked, this, [this, row]() { removeRow(row); });
}

void AddFilesDialog::removeRow(int row)
{
    m_rows[row].removed = true;
    for (QWidget* w : std::as_const(m_rows[row].widgets))
        w->setVisible(false);
    m_add->setEnabled(!files().isEmpty());
}

QList<NewAttachment> AddFilesDialog::files() const
{
    QList<NewAttachment> list;
    for (const Row& r : m_rows) {
        if (r.removed)
            continue;
        NewAttachment file = r.file;
        file.caption = r.caption->text().trimmed();
        list.append(file);
    }
    return list;
}

QLineEdit* AddFilesDialog::captionEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caption : nullptr;
}

QToolButton* AddFilesDialog::removeButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).remove : nullptr;
}

QString AddFilesDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void AddFilesDialog::accept()
{
    const QList<NewAttachment> chosen = files();
    if (chosen.isEmpty()) {
        reject();
        return;
    }
    try {
        if (m_commit)
            m_commit(chosen);
    } catch (const UserError& error) {
        m_message->setText(error.message());
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}
