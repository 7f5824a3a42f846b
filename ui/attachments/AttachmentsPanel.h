#pragma once

#include "attachments/Attachment.h"

#include <QIcon>
#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QListWidget;
class QMimeData;
class QPushButton;
class Session;

// The files of a case in the window: thumbnails and names, and the ways to add more: the Add
// files… button, dropping files (or a picture) onto it, and pasting a picture or files from the
// clipboard (the Paste picture button, Ctrl+V). Several at once, each with a caption.
//
// On the case view (Stored) added files are saved at once, and a file is opened (a photo in the
// viewer), saved as, or withdrawn with a reason. In a form (Pending: the intake and every step's
// form) they are kept with the form and saved with it, in the same transaction.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Pending,
        Stored
    };
    AttachmentsPanel(Session& session, Mode mode, QWidget* parent = nullptr);

    void showCase(qint64 caseId); // Stored: reads the case's files again
    void setStep(const QString& step) { m_step = step; } // where files are added (AttachmentSteps)
    const QString& step() const { return m_step; }
    const QList<NewAttachment>& pending() const { return m_pending; }
    bool hasPending() const { return !m_pending.isEmpty(); }
    void clearPending();
    const QList<Attachment>& files() const { return m_files; }
    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* pasteButton() const { return m_paste; }
    QCheckBox* showWithdrawnBox() const { return m_showWithdrawn; }
    QString message() const;

    // What the buttons, a drop and Ctrl+V do: the files are checked (a refusal says why and adds
    // nothing), their captions asked, then stored or kept for the form.
    void addFiles(const QStringList& paths);
    void addImage(const QImage& image);
    bool paste();
    // Ctrl+V anywhere inside scope pastes here (the case view: it has no text field of its own).
    void pasteShortcutOn(QWidget* scope);
    void openCurrent();
    bool saveCurrentAs();
    void withdrawCurrent();
    void removeCurrent(); // Pending: takes a file off the form again

    // Where Add files… asks for the files (QFileDialog unless a test answers). Returns the one replaced.
    using FileChooser = std::function<QStringList(QWidget* parent)>;
    static FileChooser setFileChooser(FileChooser chooser);

signals:
    void pendingChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void offer(const QList<NewAttachment>& files);
    void commit(const QList<NewAttachment>& files);
    void refresh();
    void updateButtons();
    void retranslate();
    void showMessage(const QString& text, bool error);
    void contextMenu(const QPoint& at);
    int currentIndex() const;
    static bool acceptable(const QMimeData* data);

    Session& m_session;
    Mode m_mode;
    qint64 m_caseId = 0;
    QString m_step;
    QList<Attachment> m_files; // Stored
    QList<NewAttachment> m_pending; // Pending
    QList<QIcon> m_pendingIcons;
    QLabel* m_heading = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_paste = nullptr;
    QPushButton* m_saveAs = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_remove = nullptr;
    QCheckBox* m_showWithdrawn = nullptr;
};
