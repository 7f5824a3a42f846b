#include "admin/CalendarDayDialog.h"

#include "UserError.h"
#include "common/DateTimeField.h"
#include "common/DialogFit.h"
#include "common/Palette.h"
#include "ui_CalendarDayDialog.h"

#include <QLocale>
#include <QPushButton>

CalendarDayDialog::CalendarDayDialog(CalendarService& calendar, const User& actor, const CalendarDay& day,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CalendarDayDialog>())
    , m_calendar(calendar)
    , m_actor(actor)
    , m_id(day.id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("calendarDayDialog"));
    for (const QString& key :
         {QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("lastDate"), QStringLiteral("name")})
        m_errors.add(key, findChild<QWidget*>(key), findChild<QLabel*>(key + QStringLiteral("Error")));
    m_ui->kind->addItem(QString(), static_cast<int>(CalendarDay::Kind::Holiday));
    m_ui->kind->addItem(QString(), static_cast<int>(CalendarDay::Kind::MakeUpDay));
    m_ui->kind->setCurrentIndex(day.kind == CalendarDay::Kind::MakeUpDay ? 1 : 0);
    // Typed or picked like every date of the window ("10/1", "next friday").
    for (DateTimeField* edit : {m_ui->date, m_ui->lastDate}) {
        edit->setKind(DateTimeField::Kind::Date);
        edit->setDate(day.date);
    }
    m_ui->name->setText(day.name);
    m_ui->nameZh->setText(day.nameZh);
    // A range is for entering new days; a stored day is one day.
    m_ui->lastDate->setVisible(m_id == 0);
    m_ui->lastDateLabel->setVisible(m_id == 0);
    connect(m_ui->date, &DateTimeField::valueChanged, this, [this]() {
        const QDate first = m_ui->date->date();
        if (first.isValid() && m_ui->lastDate->date().isValid() && m_ui->lastDate->date() < first)
            m_ui->lastDate->setDate(first);
        updateNote();
    });
    connect(m_ui->lastDate, &DateTimeField::valueChanged, this, &CalendarDayDialog::updateNote);
    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, [this]() {
        retranslate();
        updateNote();
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CalendarDayDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateNote();
    DialogFit::toContents(this, 480);
}

CalendarDayDialog::~CalendarDayDialog() = default;

QDate CalendarDayDialog::date() const
{
    return m_ui->date->date();
}

CalendarDay::Kind CalendarDayDialog::kind() const
{
    return static_cast<CalendarDay::Kind>(m_ui->kind->currentData().toInt());
}

void CalendarDayDialog::retranslate()
{
    const bool holiday = kind() == CalendarDay::Kind::Holiday;
    if (m_id != 0)
        setWindowTitle(holiday ? tr("Edit the holiday") : tr("Edit the make-up working day"));
    else
        setWindowTitle(holiday ? tr("Add a public holiday") : tr("Add a make-up working day"));
    m_ui->kind->setItemText(0, CalendarService::kindName(CalendarDay::Kind::Holiday));
    m_ui->kind->setItemText(1, CalendarService::kindName(CalendarDay::Kind::MakeUpDay));
    m_ui->dateLabel->setText(m_id == 0 ? tr("&First day *") : tr("&Day *"));
    m_ui->name->setPlaceholderText(holiday ? tr("National Day") : tr("National Day make-up day"));
    m_ui->nameZh->setPlaceholderText(holiday ? QStringLiteral("国庆节") : QStringLiteral("国庆节补班"));
}

void CalendarDayDialog::updateNote()
{
    const bool holiday = kind() == CalendarDay::Kind::Holiday;
    const int days = m_id == 0
        ? std::max(1, static_cast<int>(m_ui->date->date().daysTo(m_ui->lastDate->date())) + 1)
        : 1;
    const QString what = holiday
        ? tr("Off: the deadlines that count working days skip these days.")
        : tr("Worked like any working day: a case logged that day is due at its end.");
    m_ui->note->setText(m_id == 0 ? tr("%n day(s). %1", nullptr, days).arg(what) : what);
}

void CalendarDayDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateNote();
    }
    QDialog::changeEvent(event);
}

bool CalendarDayDialog::save()
{
    m_errors.clear();
    m_ui->message->setVisible(false);
    CalendarDay day;
    day.id = m_id;
    day.kind = kind();
    day.name = m_ui->name->text();
    day.nameZh = m_ui->nameZh->text();
    try {
        // A day that is no day is said next to its field (and the field takes the focus).
        day.date = m_ui->date->checkedDate();
        const QDate last = m_id == 0 ? m_ui->lastDate->checkedDate() : day.date;
        m_change = m_id == 0 ? m_calendar.add(m_actor, day, last) : m_calendar.update(m_actor, day);
    } catch (const UserError& error) {
        if (!m_errors.show(error.fieldErrors())) {
            m_ui->message->setText(error.message());
            m_ui->message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
            m_ui->message->setVisible(true);
        }
        return false;
    }
    accept();
    return true;
}
