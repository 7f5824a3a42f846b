#include "admin/CalendarImportDialog.h"

#include "UserError.h"
#include "admin/CalendarDaysModel.h"
#include "common/Palette.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CalendarImportDialog::CalendarImportDialog(CalendarService& calendar, const User& actor, const QString& path,
                                           QWidget* parent)
    : QDialog(parent)
    , m_calendar(calendar)
    , m_actor(actor)
    , m_file(CalendarImport::readFile(path))
{
    setObjectName(QStringLiteral("calendarImportDialog"));
    setWindowTitle(tr("Import holidays from %1").arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_model = new CalendarDaysModel(this);
    m_model->setDays(m_file.days);
    auto* table = new QTableView(this);
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAccessibleName(tr("Days in the file"));
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("What is wrong in the file"));
    m_problems->setPlainText(m_file.problems.join(u'\n'));
    m_problems->setVisible(!m_file.problems.isEmpty());
    m_problems->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    QPalette errorText = m_problems->palette();
    errorText.setColor(QPalette::Text, Palette::error(errorText));
    m_problems->setPalette(errorText);
    layout->addWidget(m_problems);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    int holidays = 0;
    QDate first;
    QDate last;
    for (const CalendarDay& d : std::as_const(m_file.days)) {
        holidays += d.kind == CalendarDay::Kind::Holiday ? 1 : 0;
        first = first.isValid() ? std::min(first, d.date) : d.date;
        last = std::max(last, d.date);
    }
    const int makeUpDays = static_cast<int>(m_file.days.size()) - holidays;
    if (!m_file.problems.isEmpty())
        m_summary->setText(tr("Nothing can be imported until the file is corrected: %n problem(s) below.",
                              nullptr, static_cast<int>(m_file.problems.size())));
    else
        m_summary->setText(tr("The file holds %1 and %2, from %3 to %4. Days already in the calendar take "
                              "the file's kind and names; other days stay as they are.")
                               .arg(tr("%n public holiday(s)", nullptr, holidays),
                                    tr("%n make-up working day(s)", nullptr, makeUpDays),
                                    QLocale().toString(first, QLocale::LongFormat),
                                    QLocale().toString(last, QLocale::LongFormat)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(canImport());
    connect(m_import, &QPushButton::clicked, this, &CalendarImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}

bool CalendarImportDialog::canImport() const
{
    return m_file.problems.isEmpty() && !m_file.days.isEmpty();
}

QString CalendarImportDialog::problems() const
{
    return m_file.problems.join(u'\n');
}

QString CalendarImportDialog::summary() const
{
    return m_summary->text();
}

bool CalendarImportDialog::import()
{
    if (!canImport())
        return false;
    try {
        m_change = m_calendar.importDays(m_actor, m_file.days);
    } catch (const UserError& error) {
        m_message->setText(error.message());
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
        m_message->setVisible(true);
        return false;
    }
    accept();
    return true;
}
