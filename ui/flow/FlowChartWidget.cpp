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
}

void FlowChartWidget::setCounts(const QList<FlowStepCount>& counts)
{
    m_counts = counts;
    m_counting = false;
    update();
}

QSize FlowChartWidget::sizeHint() const
{
    return {900, 300};
}

QSize FlowChartWidget::minimumSizeHint() const
{
    return {600, 240};
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
    const int h = std::min(110, (height() - gap * 3) / 2);
    return {gap + col * (w + gap), gap + row * (h + gap), w, h};
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
    QFont bold = font();
    bold.setBold(true);
    for (const FlowStepCount& c : std::as_const(m_counts)) {
        const QRect r = boxRect(c.status);
        const bool focused = hasFocus() && static_cast<int>(c.status) == m_focus;
        QPainterPath path;
        path.addRoundedRect(r, 8, 8);
        p.fillPath(path, pal.color(QPalette::AlternateBase));
        p.setPen(QPen(c.overdue > 0 ? Palette::overdue(pal) : pal.color(QPalette::Mid), focused ? 3 : 1.5));
        p.drawPath(path);
        const QRect inner = r.adjusted(8, 6, -8, -6);
        p.setPen(pal.color(QPalette::Text));
        p.setFont(bold);
        p.drawText(inner, Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, stepTitle(c.status));
        p.setFont(font());
        const QString count = m_counting     ? tr("counting…")
            : c.status == CaseStatus::Closed ? tr("%1 closed").arg(c.open)
                                             : tr("%1 open").arg(c.open);
        p.drawText(inner, Qt::AlignBottom | Qt::AlignLeft, count);
        if (c.overdue > 0) {
            p.setPen(Palette::overdue(pal));
            p.drawText(inner, Qt::AlignBottom | Qt::AlignRight, tr("%1 overdue").arg(c.overdue));
        }
    }
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
