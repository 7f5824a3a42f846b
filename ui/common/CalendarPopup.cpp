#include "common/CalendarPopup.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QScreen>
#include <QVBoxLayout>

CalendarPopup::CalendarPopup(QWidget* field)
    : QFrame(field, Qt::Popup)
    , m_field(field)
{
    setObjectName(QStringLiteral("calendarPopup"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setGridVisible(false);
    layout->addWidget(m_calendar);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate day) {
        close();
        emit picked(day);
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate day) {
        close();
        emit picked(day);
    });
    // The calendar's own table gets the keys: Esc must close the popup from there too.
    for (QWidget* w : m_calendar->findChildren<QWidget*>())
        w->installEventFilter(this);
}

void CalendarPopup::open(const QDate& day, const QDate& today)
{
    const QDate shown = day.isValid() ? day : today;
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    adjustSize();
    QPoint at = m_field->mapToGlobal(QPoint(0, m_field->height()));
    if (const QScreen* screen = m_field->screen()) {
        const QRect room = screen->availableGeometry();
        if (at.y() + height() > room.bottom())
            at.setY(m_field->mapToGlobal(QPoint(0, 0)).y() - height());
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - width())));
    }
    move(at);
    show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool CalendarPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape
            || (key->key() == Qt::Key_Up && key->modifiers() & Qt::AltModifier)) {
            close();
            m_field->setFocus(Qt::PopupFocusReason);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}
