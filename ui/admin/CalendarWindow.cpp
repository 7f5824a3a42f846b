#include "admin/CalendarWindow.h"

#include "admin/HolidayEditor.h"
#include "main/Session.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

CalendarWindow::CalendarWindow(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_calendar(session.make<CalendarService>())
{
    setObjectName(QStringLiteral("calendarWindow"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_editor = new HolidayEditor(m_calendar, session.user(), this);
    layout->addWidget(m_editor, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_editor, &HolidayEditor::calendarChanged, this, [this]() {
        m_session.workflow().reloadRules();
        m_session.notifyChanged(0);
    });
    retranslate();
    resize(760, 560);
}

CalendarWindow::~CalendarWindow() = default;

void CalendarWindow::retranslate()
{
    setWindowTitle(tr("Working-day calendar"));
    m_intro->setText(tr("The deadlines that count working days (such as sending a case to Quality the same "
                        "working day) skip the public holidays and count the make-up working days below, on "
                        "top of the working week set in Administration > Settings."));
}

void CalendarWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
