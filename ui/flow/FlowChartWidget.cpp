#include "flow/FlowChartWidget.h"

#include "common/Palette.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int perRow = 5;
}

FlowChartWidget::FlowChartWidget(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    const QList<CaseStatus> all = CaseStatuses::all();
    for (CaseStatus s : all)
        m_counts.append({s, 0, 0});
    for (FlowLoopCount::Loop loop : {FlowLoopCount::Tracing, FlowLoopCount::Actions, FlowLoopCount::Groups})
        m_loops.append({loop, 0, 0});
}

void FlowChartWidget::setLoops(const QList<FlowLoopCount>& loops)
{
    if (loops.size() == m_loops.size())
        m_loops = loops;
    update();
}

void FlowChartWidget::setCounts(const QList<FlowStepCount>& counts)
{
    m_counts = counts;
    m_counting = false;
    update();
}

QSize FlowChartWidget::sizeHint() const
{
    return {900, 430};
}

QSize FlowChartWidget::minimumSizeHint() const
{
    return {600, 330};
}

QRect FlowChartWidget::boxRect(CaseStatus status) const
{
    const int i = static_cast<int>(status);
    const int row = i / perRow;
    int col = i % perRow;
    if (row % 2 == 1)
        col = perRow - 1 - col; // the second row runs back, like a snake
    const int gap = 36;
    const int w = (width() - gap * (perRow + 1)) / perRow;
    const int h = boxHeight();
    return {gap + col * (w + gap), gap + row * (h + gap), w, h};
}

int FlowChartWidget::boxHeight() const
{
    return std::min(110, (height() - 36 * 4) / 3); // two rows of the flow, one of the loop
}

QRect FlowChartWidget::loopRect(FlowLoopCount::Loop loop) const
{
    // The third row, under the first three columns; tracing starts at the analysis (R3).
    const QRect first = boxRect(CaseStatus::Logged);
    const int gap = 36;
    const int h = boxHeight();
    return {first.left() + static_cast<int>(loop) * (first.width() + gap), first.top() + 2 * (h + gap),
            first.width(), h};
}

QString FlowChartWidget::loopTitle(FlowLoopCount::Loop loop)
{
    switch (loop) {
    case FlowLoopCount::Tracing:
        return tr("R11 Tracing (8D)");
    case FlowLoopCount::Actions:
        return tr("R12 Corrective actions");
    case FlowLoopCount::Groups:
        return tr("R13 Special treatment groups");
    }
    return {};
}

void FlowChartWidget::paintBox(QPainter& p, const QRect& r, bool focused, const QString& title,
                               const QString& count, qint64 overdue) const
{
    const QPalette pal = palette();
    QPainterPath path;
    path.addRoundedRect(r, 8, 8);
    p.fillPath(path, pal.color(QPalette::AlternateBase));
    p.setPen(QPen(overdue > 0 ? Palette::overdue(pal) : pal.color(QPalette::Mid), focused ? 3 : 1.5));
    p.drawPath(path);
    const QRect inner = r.adjusted(8, 6, -8, -6);
    QFont bold = font();
    bold.setBold(true);
    p.setPen(pal.color(QPalette::Text));
    p.setFont(bold);
    p.drawText(inner, Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, title);
    p.setFont(font());
    p.drawText(inner, Qt::AlignBottom | Qt::AlignLeft, count);
    if (overdue > 0) {
        p.setPen(Palette::overdue(pal));
        p.drawText(inner, Qt::AlignBottom | Qt::AlignRight, tr("%1 overdue").arg(overdue));
    }
}

QString FlowChartWidget::stepTitle(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Logged:
        return tr("R1 Logged by Sales");
    case CaseStatus::SentToQuality:
        return tr("R2 Sent to Quality");
    case CaseStatus::Recorded:
        return tr("R2 Recorded, to analyse");
    case CaseStatus::Analysed:
        return tr("R3 Analysed, sheet due");
    case CaseStatus::SheetIssued:
        return tr("R4 Sheet issued, plan due");
    case CaseStatus::Planned:
        return tr("R5 Planned, being done");
    case CaseStatus::Implemented:
        return tr("R6 Done, return visit due");
    case CaseStatus::FirstVisited:
        return tr("R7 First visit made");
    case CaseStatus::FollowedUp:
        return tr("R8 Followed up, to close");
    case CaseStatus::Closed:
        return tr("R9 Closed");
    }
    return {};
}

void FlowChartWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    // Arrows first, under the boxes.
    p.setPen(QPen(pal.color(QPalette::Mid), 2));
    for (int i = 0; i + 1 < int(CaseStatuses::all().size()); ++i) {
        const QRect a = boxRect(static_cast<CaseStatus>(i));
        const QRect b = boxRect(static_cast<CaseStatus>(i + 1));
        QPointF from, to;
        if (a.top() == b.top()) {
            const bool right = b.left() > a.left();
            from = QPointF(right ? a.right() : a.left(), a.center().y());
            to = QPointF(right ? b.left() : b.right(), b.center().y());
        } else {
            from = QPointF(a.center().x(), a.bottom());
            to = QPointF(b.center().x(), b.top());
        }
        p.drawLine(from, to);
        const QLineF line(to, from);
        const QLineF head1 = QLineF::fromPolar(9, line.angle() + 25).translated(to);
        const QLineF head2 = QLineF::fromPolar(9, line.angle() - 25).translated(to);
        p.drawLine(head1);
        p.drawLine(head2);
    }
    for (const FlowStepCount& c : std::as_const(m_counts)) {
        const bool focused = hasFocus() && static_cast<int>(c.status) == m_focus;
        const QString count = m_counting     ? tr("counting…")
            : c.status == CaseStatus::Closed ? tr("%1 closed").arg(c.open)
                                             : tr("%1 open").arg(c.open);
        paintBox(p, boxRect(c.status), focused, stepTitle(c.status), count, c.overdue);
    }
    // The improvement loop under the flow, dashed as a side flow of its own.
    const QRect loopRow = loopRect(FlowLoopCount::Tracing).united(loopRect(FlowLoopCount::Groups));
    p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
    p.drawRoundedRect(loopRow.adjusted(-12, -24, 12, 10), 8, 8);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(loopRow.adjusted(0, -22, 0, 0), Qt::AlignTop | Qt::AlignLeft, tr("Improvement loop"));
    for (const FlowLoopCount& c : std::as_const(m_loops))
        paintBox(p, loopRect(c.loop), false, loopTitle(c.loop),
                 m_counting ? tr("counting…") : tr("%1 open").arg(c.open), c.overdue);
}

void FlowChartWidget::mousePressEvent(QMouseEvent* event)
{
    for (const FlowStepCount& c : std::as_const(m_counts)) {
        if (boxRect(c.status).contains(event->position().toPoint())) {
            m_focus = static_cast<int>(c.status);
            update();
            emit stepClicked(c.status);
            return;
        }
    }
    for (const FlowLoopCount& c : std::as_const(m_loops))
        if (loopRect(c.loop).contains(event->position().toPoint())) {
            emit loopClicked(c.loop);
            return;
        }
    QWidget::mousePressEvent(event);
}

void FlowChartWidget::keyPressEvent(QKeyEvent* event)
{
    const int last = static_cast<int>(CaseStatuses::all().size()) - 1;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_focus = std::min(last, m_focus + 1);
        update();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_focus = std::max(0, m_focus - 1);
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit stepClicked(static_cast<CaseStatus>(m_focus));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}
