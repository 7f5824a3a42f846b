#pragma once

#include "attachments/Attachment.h"

#include <QDialog>
#include <QList>

#include <functional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

// The files about to be added, each with its picture or kind, name and size and a caption to
// type (optional); a file can be taken off the list. Add hands them to commit(), which stores
// them (the case view) or keeps them with the form (saved with it); a refusal (a file over the
// size limit...) is shown here and the dialog stays open, nothing added.
class AddFilesDialog : public QDialog
{
    Q_OBJECT
public:
    using Commit = std::function<void(const QList<NewAttachment>& files)>;
    AddFilesDialog(const QList<NewAttachment>& files, Commit commit, QWidget* parent = nullptr);

    QList<NewAttachment> files() const; // with their captions, without those taken off
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QLineEdit* captionEdit(int row) const;
    QToolButton* removeButton(int row) const;
    QString message() const;
    void accept() override;

private:
    struct Row
    {
        NewAttachment file;
        QList<QWidget*> widgets;
        QLineEdit* caption = nullptr;
        QToolButton* remove = nullptr;
        bool removed = false;
    };
    void addRow(const NewAttachment& file);
    void removeRow(int row);

    Commit m_commit;
    QList<Row> m_rows;
    QGridLayout* m_grid = nullptr;
    QLabel* m_message = nullptr;
    class QPushButton* m_add = nullptr;
};
