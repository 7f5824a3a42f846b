#pragma once

#include <QFrame>

class FormDraft;
class QLabel;
class QPushButton;

// Above the pages of the main window: "A case you were logging was not saved. Continue it?" with
// Continue and Discard, shown when the new-case form's draft is on disk at sign-in (the call was
// left unsaved, or waited for a database server that did not answer before the window closed).
class DraftBanner : public QFrame
{
    Q_OBJECT
public:
    // draft: the new-case form's, which outlives the banner.
    explicit DraftBanner(const FormDraft& draft, QWidget* parent = nullptr);

    // Shown when there is a draft, hidden otherwise.
    void showIfDraft();
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* discardButton() const { return m_discard; }

signals:
    // Continue was pressed: the window opens the form on the draft (the banner hides itself).
    void continueRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const FormDraft& m_draft;
    QLabel* m_text = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_discard = nullptr;
};
