#pragma once

#include <QDialog>

class CallbackPage;
class QTabWidget;
class Session;
class VisitPage;

// View > Customer loops: the duties towards customers beyond single complaints (issue 15):
// Sales' call-backs after every delivered batch (R16) and the customer visits (R15, R17).
class CustomerLoopsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit CustomerLoopsWindow(Session& session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    CallbackPage* callbacks() const { return m_callbacks; }
    VisitPage* visits() const { return m_visits; }

private:
    QTabWidget* m_tabs = nullptr;
    CallbackPage* m_callbacks = nullptr;
    VisitPage* m_visits = nullptr;
};
