#pragma once

#include "domain/CaseStatus.h"

#include <QWidget>

#include <memory>

class BackgroundCounts;
class CaseListModel;
class CaseListQuery;
class CaseTableView;
class FlowChartWidget;
class QLabel;
class Session;

// R21: the flow chart with where every open case stands, and below it the cases of the step
// clicked (paged like the case list).
class FlowChartPage : public QWidget
{
    Q_OBJECT
public:
    FlowChartPage(Session& session, BackgroundCounts& counts, QWidget* parent = nullptr);
    ~FlowChartPage() override;
    // Asks for fresh counts (they arrive later) and reads the listed step's first page again.
    void reload();
    void showStep(CaseStatus status);
    FlowChartWidget* chart() const { return m_chart; }
    CaseListModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Session& m_session;
    BackgroundCounts& m_counts;
    std::unique_ptr<CaseListQuery> m_query;
    QLabel* m_heading = nullptr;
    FlowChartWidget* m_chart = nullptr;
    QLabel* m_listHeading = nullptr;
    CaseListModel* m_model = nullptr;
    CaseTableView* m_table = nullptr;
    CaseStatus m_status = CaseStatus::Logged;
};
