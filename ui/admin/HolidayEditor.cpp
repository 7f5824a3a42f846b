#include "admin/HolidayEditor.h"

#include "UserError.h"
#include "admin/CalendarDayDialog.h"
#include "admin/CalendarDaysModel.h"
#include "admin/CalendarImportDialog.h"
#include "common/Palette.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

HolidayEditor::HolidayEditor(CalendarService& calendar, const User& actor, QWidget* parent)
    : QWidget(parent)
    , m_calendar(calendar)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("holidayEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    m_yearLabel = new QLabel(this);
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::LeftArrow);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2099);
    m_year->setValue(m_calendar.today().year());
    m_yearLabel->setBuddy(m_year);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::RightArrow);
    top->addWidget(m_yearLabel);
    top->addWidget(m_previous);
    top->addWidget(m_year);
    top->addWidget(m_next);
    top->addStretch(1);
    layout->addLayout(top);

    m_model = new CalendarDaysModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("calendarDays"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    m_addHoliday = new QPushButton(this);
    m_addMakeUp = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_import = new QPushButton(this);
    for (QPushButton* b : {m_addHoliday, m_addMakeUp, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &HolidayEditor::removeSelected);
    connect(m_previous, &QToolButton::clicked, this, [this]() { m_year->stepDown(); });
    connect(m_next, &QToolButton::clicked, this, [this]() { m_year->stepUp(); });
    connect(m_year, &QSpinBox::valueChanged, this, &HolidayEditor::reload);
    connect(m_table, &QTableView::activated, this, &HolidayEditor::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HolidayEditor::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HolidayEditor::updateButtons);
    connect(m_addHoliday, &QPushButton::clicked, this, &HolidayEditor::addHoliday);
    connect(m_addMakeUp, &QPushButton::clicked, this, &HolidayEditor::addMakeUpDay);
    connect(m_edit, &QPushButton::clicked, this, &HolidayEditor::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &HolidayEditor::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &HolidayEditor::askForFile);
    const bool may = CalendarService::mayChange(m_actor);
    for (QPushButton* b : {m_addHoliday, m_addMakeUp, m_edit, m_remove, m_import})
        b->setVisible(may);
    retranslate();
    reload();
}

HolidayEditor::~HolidayEditor() = default;

int HolidayEditor::year() const
{
    return m_year->value();
}

void HolidayEditor::setYear(int year)
{
    m_year->setValue(year); // reloads when it changes
}

QString HolidayEditor::message() const
{
    return m_message->text();
}

QString HolidayEditor::summary() const
{
    return m_summary->text();
}

void HolidayEditor::reload()
{
    const QList<CalendarDay> days = m_calendar.year(year());
    m_model->setDays(days);
    m_table->resizeColumnsToContents();
    const WorkingCalendar working = m_calendar.calendar();
    int holidays = 0;
    int onWorkingDays = 0;
    for (const CalendarDay& d : days) {
        if (d.kind == CalendarDay::Kind::Holiday) {
            ++holidays;
            onWorkingDays += working.isWeekday(d.date) ? 1 : 0;
        }
    }
    int workingDays = 0;
    for (QDate d(year(), 1, 1); d.year() == year(); d = d.addDays(1))
        workingDays += working.isWorkingDay(d) ? 1 : 0;
    m_summary->setText(
        tr("%1: %2 (%3 of them on working days of the week), %4. That leaves %5 in the year.")
            .arg(QString::number(year()), tr("%n public holiday(s)", nullptr, holidays),
                 QString::number(onWorkingDays),
                 tr("%n make-up working day(s)", nullptr, static_cast<int>(days.size()) - holidays),
                 tr("%n working day(s)", nullptr, workingDays)));
    updateButtons();
}

void HolidayEditor::retranslate()
{
    m_yearLabel->setText(tr("&Year"));
    m_previous->setToolTip(tr("Previous year"));
    m_previous->setAccessibleName(tr("Previous year"));
    m_next->setToolTip(tr("Next year"));
    m_next->setAccessibleName(tr("Next year"));
    m_table->setAccessibleName(tr("Public holidays and make-up working days"));
    m_addHoliday->setText(tr("Add &holiday…"));
    m_addMakeUp->setText(tr("Add &make-up day…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_import->setText(tr("&Import from file…"));
    m_import->setToolTip(tr("A year's holidays as published: text or CSV (date or range, holiday or "
                            "workday, name, Chinese name), iCalendar (.ics) or holiday-cn JSON"));
    m_model->retranslate();
}

void HolidayEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void HolidayEditor::updateButtons()
{
    m_edit->setEnabled(m_table->currentIndex().isValid());
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

QList<qint64> HolidayEditor::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids.append(m_model->day(index.row()).id);
    return ids;
}

CalendarDayDialog* HolidayEditor::openDialog(const CalendarDay& day)
{
    auto* dialog = new CalendarDayDialog(m_calendar, m_actor, day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog]() { changed(dialog->change(), dialog->date()); });
    dialog->open();
    return dialog;
}

CalendarDayDialog* HolidayEditor::addHoliday()
{
    CalendarDay day;
    const QDate today = m_calendar.today();
    day.date = today.year() == year() ? today : QDate(year(), 1, 1);
    return openDialog(day);
}

CalendarDayDialog* HolidayEditor::addMakeUpDay()
{
    CalendarDay day;
    day.kind = CalendarDay::Kind::MakeUpDay;
    const QDate today = m_calendar.today();
    day.date = today.year() == year() ? today : QDate(year(), 1, 1);
    // The first day off of the working week from there: what a make-up day usually is.
    const WorkingCalendar working = m_calendar.calendar();
    for (int i = 0; i < 7 && working.isWeekday(day.date); ++i)
        day.date = day.date.addDays(1);
    return openDialog(day);
}

CalendarDayDialog* HolidayEditor::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !CalendarService::mayChange(m_actor))
        return nullptr;
    return openDialog(m_model->day(current.row()));
}

QMessageBox* HolidayEditor::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !CalendarService::mayChange(m_actor))
        return nullptr;
    QStringList dates;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        dates.append(m_model->day(index.row()).date.toString(Qt::ISODate));
    auto* box
        = new QMessageBox(QMessageBox::Question, tr("Remove days"),
                          tr("Remove %n day(s) from the calendar?", nullptr, static_cast<int>(ids.size())),
                          QMessageBox::NoButton, this);
    box->setInformativeText(dates.mid(0, 10).join(QStringLiteral(", "))
                            + (dates.size() > 10 ? QStringLiteral(" …") : QString()));
    QPushButton* yes = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, ids](QAbstractButton* clicked) {
        if (clicked != yes)
            return;
        try {
            changed(m_calendar.remove(m_actor, ids), {});
        } catch (const UserError& error) {
            m_message->setText(error.message());
            m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
        }
    });
    box->open();
    return box;
}

void HolidayEditor::askForFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import holidays"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Holiday files (*.csv *.txt *.ics *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

CalendarImportDialog* HolidayEditor::importFile(const QString& path)
{
    auto* dialog = new CalendarImportDialog(m_calendar, m_actor, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { changed(dialog->change(), {}); });
    dialog->open();
    return dialog;
}

void HolidayEditor::changed(const CalendarChange& change, const QDate& show)
{
    QStringList parts;
    if (change.added > 0)
        parts.append(tr("%n day(s) added.", nullptr, change.added));
    if (change.changed > 0)
        parts.append(tr("%n day(s) changed.", nullptr, change.changed));
    if (change.removed > 0)
        parts.append(tr("%n day(s) removed.", nullptr, change.removed));
    if (change.unchanged > 0 && change.added + change.changed + change.removed > 0)
        parts.append(tr("%n day(s) were already so.", nullptr, change.unchanged));
    else if (change.unchanged > 0)
        parts.append(tr("Nothing changed: the calendar already has these days."));
    if (change.skipped > 0)
        parts.append(
            tr("%n make-up day(s) left out: the company works on them anyway.", nullptr, change.skipped));
    if (change.casesMoved > 0)
        parts.append(
            tr("The deadline of %n open case(s) moved with the calendar.", nullptr, change.casesMoved));
    m_message->setStyleSheet(QString());
    m_message->setText(parts.join(u' '));
    if (show.isValid() && show.year() != year())
        setYear(show.year());
    else
        reload();
    if (const int row = m_model->rowOf(show); row >= 0)
        m_table->selectRow(row);
    emit calendarChanged();
}
