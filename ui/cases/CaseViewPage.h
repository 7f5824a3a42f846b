#pragma once

#include "domain/QualityCase.h"
#include "workflow/WorkflowStep.h"

#include <QWidget>

#include <memory>

class AttachmentsPanel;
class CaseActions;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class Session;

// One case on one page: what it is, where it stands and what is due next, the buttons of
// the steps the signed-in person may do now, every record, and the timeline from the audit log.
class CaseViewPage : public QWidget
{
    Q_OBJECT
public:
    explicit CaseViewPage(Session& session, QWidget* parent = nullptr);
    ~CaseViewPage() override;

    void showCase(qint64 caseId);
    void reload();
    qint64 caseId() const { return m_case.id; }
    // The case asked for is read and shown; false while it could not be read (the database server
    // does not answer): the page then says so and offers nothing to do or print on it.
    bool isLoaded() const { return m_loaded; }
    // "The database server does not answer …" with Try again, hidden while the case is shown.
    QFrame* unavailableNotice() const { return m_unavailable; }
    const QualityCase& currentCase() const { return m_case; }
    CaseActions& actions() const { return *m_actions; }
    QPushButton* stepButton(WorkflowStep step) const; // nullptr when the step is not offered
    QTreeWidget* timeline() const { return m_timeline; }
    QSplitter* splitter() const { return m_splitter; }
    AttachmentsPanel* files() const { return m_files; }

signals:
    // The case was read from the database and shown (again).
    void loaded(qint64 caseId);
    // The case could not be read; isLoaded() tells whether the one read before is still shown.
    void readFailed(qint64 caseId);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fill(const QualityCase& c); // shows the case as read
    void showUnreadable(const QString& message, bool serverAway);
    void tryAgain();
    void rebuildButtons();
    void fillTimeline();
    void fitTimeline();
    void retranslate();

    Session& m_session;
    std::unique_ptr<CaseActions> m_actions;
    QualityCase m_case;
    bool m_loaded = false;
    bool m_waitingForServer = false;
    QFrame* m_unavailable = nullptr;
    QLabel* m_unavailableText = nullptr;
    QPushButton* m_tryAgain = nullptr;
    QWidget* m_improvement = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_next = nullptr;
    QHBoxLayout* m_buttonRow = nullptr;
    QToolButton* m_print = nullptr;
    QList<QPushButton*> m_buttons;
    QSplitter* m_splitter = nullptr;
    QTextBrowser* m_details = nullptr;
    QTreeWidget* m_timeline = nullptr;
    AttachmentsPanel* m_files = nullptr;
};
