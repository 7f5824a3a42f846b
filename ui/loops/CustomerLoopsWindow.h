#pragma once

#include <QDialog>

class CallbackPage;
class LoopSettingsPage;
class QTabWidget;
class RoundsPage;
class Session;
class SupplyPage;
class SurveyPage;
class VisitPage;

// View > Customer loops: the duties towards customers beyond single complaints (issue 15):
// Sales' call-backs after every delivered batch (R16), the customer visits (R15, R17) the
// rounds of return visits (R17), the orders before supply (R20) and the year-end survey (R18).
class CustomerLoopsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit CustomerLoopsWindow(Session& session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    CallbackPage* callbacks() const { return m_callbacks; }
    VisitPage* visits() const { return m_visits; }
    RoundsPage* rounds() const { return m_rounds; }
    SupplyPage* supply() const { return m_supply; }
    SurveyPage* survey() const { return m_survey; }
    LoopSettingsPage* settings() const { return m_settings; } // administrators only

private:
    QTabWidget* m_tabs = nullptr;
    CallbackPage* m_callbacks = nullptr;
    VisitPage* m_visits = nullptr;
    RoundsPage* m_rounds = nullptr;
    SupplyPage* m_supply = nullptr;
    SurveyPage* m_survey = nullptr;
    LoopSettingsPage* m_settings = nullptr;
};
