#include "common/DateTimeField.h"

#include "UserError.h"
#include "common/CalendarPopup.h"
#include "common/Icons.h"
#include "common/Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// The clock of a field not given a context yet (a form built before its session is known).
const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

DateTimeField::DateTimeField(QWidget* parent)
    : QWidget(parent)
    , m_clock(&systemClock())
    , m_zone(QTimeZone::systemTimeZone())
{
    build();
}

DateTimeField::DateTimeField(Kind kind, const Clock& clock, const QTimeZone& zone, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_clock(&clock)
    , m_zone(zone)
{
    build();
}

DateTimeField::~DateTimeField() = default;

void DateTimeField::build()
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setClearButtonEnabled(false);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("dateCalendar"));
    m_button->setIcon(Icons::action(QStringLiteral("calendar")));
    m_button->setAutoRaise(true);
    // Tab goes from the text to the next field in one step; the calendar opens with Alt+Down.
    m_button->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    row->addStretch(0); // the room a time leaves (fitKind)
    column->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dateMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    column->addWidget(m_message);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    m_edit->installEventFilter(this);

    connect(m_edit, &QLineEdit::textChanged, this, [this]() {
        reparse();
        emit changed();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &DateTimeField::finishEditing);
    connect(m_button, &QToolButton::clicked, this, &DateTimeField::showCalendar);
    fitKind();
    retranslate();
    reparse();
}

void DateTimeField::retranslate()
{
    m_edit->setPlaceholderText(DateInput::examples(m_kind));
    m_button->setToolTip(tr("Pick a day from the calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    m_edit->setToolTip(DateInput::examples(m_kind));
    reparse();
}

void DateTimeField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

DateInput DateTimeField::input() const
{
    return DateInput(*m_clock, m_zone, DateInput::orderOf(locale()));
}

void DateTimeField::setContext(const Clock& clock, const QTimeZone& zone)
{
    const QDateTime value = dateTime();
    m_clock = &clock;
    m_zone = zone;
    if (m_kind == Kind::DateTime && value.isValid())
        setDateTime(value);
    else
        reparse();
}

void DateTimeField::setKind(Kind kind)
{
    m_kind = kind;
    fitKind();
    retranslate();
}

void DateTimeField::fitKind()
{
    // A time has no calendar to pick from, and is as wide as a time ("17:30", "5:30 pm", "17点半"
    // while it is typed), not as wide as the form.
    const bool time = m_kind == Kind::Time;
    m_button->setVisible(!time);
    m_edit->setMaximumWidth(time ? m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00:00 pm")) * 2
                                 : QWIDGETSIZE_MAX);
}

void DateTimeField::setOptional(bool optional)
{
    m_optional = optional;
    reparse();
}

void DateTimeField::reparse()
{
    DateInput::Options options;
    options.required = !m_optional;
    options.defaultTime = m_lastTime;
    const DateInput::Result before = m_result;
    m_result = input().parse(m_edit->text(), m_kind, options);
    showMessage(m_errorsShown);
    if (before.ok != m_result.ok || before.at != m_result.at || before.date != m_result.date
        || before.time != m_result.time)
        emit valueChanged();
}

QString DateTimeField::formatted() const
{
    if (!m_result.ok || m_result.empty)
        return m_edit->text();
    switch (m_kind) {
    case Kind::DateTime:
        return input().format(m_result.at);
    case Kind::Date:
        return DateInput::formatDate(m_result.date);
    case Kind::Time:
        return DateInput::formatTime(m_result.time);
    }
    return m_edit->text();
}

void DateTimeField::showMessage(bool asError)
{
    QString text;
    bool error = false;
    if (!m_result.ok) {
        // Refused only once the clerk has left the field (or tried to save): half a date being
        // typed is not an error yet.
        text = asError ? m_result.error : QString();
        error = asError;
    } else if (!m_result.empty && m_edit->text().trimmed() != formatted()) {
        // What was understood, in words, while "+3d" or "明天 9点" is being typed.
        const QLocale here = locale();
        switch (m_kind) {
        case Kind::DateTime:
            text = tr("%1, %2").arg(here.toString(m_result.date, QLocale::LongFormat),
                                    DateInput::formatTime(m_result.time));
            break;
        case Kind::Date:
            text = here.toString(m_result.date, QLocale::LongFormat);
            break;
        case Kind::Time:
            text = DateInput::formatTime(m_result.time);
            break;
        }
    }
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("color: %1;").arg(Palette::error(palette()).name())
              : QStringLiteral("color: %1;").arg(palette().color(QPalette::PlaceholderText).name()));
    m_message->setVisible(!text.isEmpty());
}

void DateTimeField::finishEditing()
{
    m_errorsShown = true;
    if (m_result.ok && !m_result.empty) {
        if (m_kind != Kind::Date)
            m_lastTime = m_result.time;
        const QString canonical = formatted();
        if (m_edit->text() != canonical)
            m_edit->setText(canonical); // "+3d" becomes the day it meant, fixed from now on
    }
    showMessage(true);
    emit editingFinished();
}

bool DateTimeField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && m_kind != Kind::Time) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F4
            || (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier))) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateTimeField::showCalendar()
{
    if (m_kind == Kind::Time)
        return;
    if (!m_popup) {
        m_popup = new CalendarPopup(this);
        connect(m_popup, &CalendarPopup::picked, this, &DateTimeField::pick);
    }
    m_popup->open(m_result.ok ? m_result.date : QDate(), input().now().date());
}

void DateTimeField::pick(const QDate& day)
{
    if (m_kind == Kind::Date) {
        m_edit->setText(DateInput::formatDate(day));
    } else {
        const QTime time = m_result.ok && m_result.time.isValid()
            ? m_result.time
            : (m_lastTime.isValid() ? m_lastTime : input().now().time());
        m_edit->setText(DateInput::formatDate(day) + QStringLiteral(" ") + DateInput::formatTime(time));
    }
    m_edit->setFocus(Qt::PopupFocusReason);
    finishEditing();
}

QDateTime DateTimeField::dateTime() const
{
    return m_result.ok ? m_result.at : QDateTime();
}

QDate DateTimeField::date() const
{
    return m_result.ok ? m_result.date : QDate();
}

QTime DateTimeField::time() const
{
    return m_result.ok ? m_result.time : QTime();
}

void DateTimeField::setDateTime(const QDateTime& at)
{
    if (!at.isValid()) {
        clear();
        return;
    }
    const DateInput in = input();
    m_lastTime = at.toTimeZone(m_zone).time();
    m_lastTime = QTime(m_lastTime.hour(), m_lastTime.minute());
    m_edit->setText(m_kind == Kind::Date       ? DateInput::formatDate(at.toTimeZone(m_zone).date())
                        : m_kind == Kind::Time ? DateInput::formatTime(m_lastTime)
                                               : in.format(at));
}

void DateTimeField::setDate(const QDate& date)
{
    m_edit->setText(DateInput::formatDate(date));
}

void DateTimeField::setTime(const QTime& time)
{
    m_lastTime = time.isValid() ? QTime(time.hour(), time.minute()) : QTime();
    m_edit->setText(DateInput::formatTime(m_lastTime));
}

void DateTimeField::clear()
{
    m_edit->clear();
}

bool DateTimeField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

QString DateTimeField::text() const
{
    return m_edit->text();
}

void DateTimeField::setText(const QString& text)
{
    m_edit->setText(text);
}

void DateTimeField::check()
{
    if (m_result.ok)
        return;
    m_errorsShown = true;
    showMessage(true);
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
    throw UserError(m_result.error);
}

QDateTime DateTimeField::checkedDateTime()
{
    check();
    return m_result.at;
}

QDate DateTimeField::checkedDate()
{
    check();
    return m_result.date;
}

QTime DateTimeField::checkedTime()
{
    check();
    return m_result.time;
}
