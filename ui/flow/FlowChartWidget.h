#pragma once

#include "flow/FlowCounts.h"

#include <QWidget>

class QPainter;

// The after-sales flow chart (R21) drawn as boxes in the order of the flow, each with its
// count of open and overdue cases. Clicking a box, or Enter on the focused box, chooses it.
// Below, the improvement loop (R11-R13): tracings, corrective actions and special treatment
// groups with their open and overdue counts; clicking one opens it in View > Improvement.
class FlowChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FlowChartWidget(QWidget* parent = nullptr);
    // The counts of each step; until the first call every box says "counting…".
    void setCounts(const QList<FlowStepCount>& counts);
    void setLoops(const QList<FlowLoopCount>& loops);
    const QList<FlowLoopCount>& loops() const { return m_loops; }
    QRect loopRect(FlowLoopCount::Loop loop) const;
    bool isCounting() const { return m_counting; }
    const QList<FlowStepCount>& counts() const { return m_counts; }
    QRect boxRect(CaseStatus status) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stepClicked(CaseStatus status);
    void loopClicked(FlowLoopCount::Loop loop);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    static QString stepTitle(CaseStatus status);
    static QString loopTitle(FlowLoopCount::Loop loop);
    int boxHeight() const;
    void paintBox(QPainter& p, const QRect& r, bool focused, const QString& title, const QString& count,
                  qint64 overdue) const;
    QList<FlowLoopCount> m_loops;
    QList<FlowStepCount> m_counts;
    bool m_counting = true;
    int m_focus = 0;
};
