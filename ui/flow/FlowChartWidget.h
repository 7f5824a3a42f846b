#pragma once

#include "flow/FlowCounts.h"

#include <QWidget>

// The after-sales flow chart (R21) drawn as boxes in the order of the flow, each with its
// count of open and overdue cases. Clicking a box, or Enter on the focused box, chooses it.
class FlowChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FlowChartWidget(QWidget* parent = nullptr);
    // The counts of each step; until the first call every box says "counting…".
    void setCounts(const QList<FlowStepCount>& counts);
    bool isCounting() const { return m_counting; }
    const QList<FlowStepCount>& counts() const { return m_counts; }
    QRect boxRect(CaseStatus status) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stepClicked(CaseStatus status);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    static QString stepTitle(CaseStatus status);
    QList<FlowStepCount> m_counts;
    bool m_counting = true;
    int m_focus = 0;
};
