#include "loops/LoopSettingsPage.h"

#include "UserError.h"
#include "common/DateTimeField.h"
#include "common/Palette.h"
#include "loops/LoopSettings.h"
#include "main/Session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

LoopSettingsPage::LoopSettingsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("loopSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const auto days = [this](const QString& name, int most) {
        auto* box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(0, most);
        box->setSuffix(tr(" days"));
        return box;
    };
    visitDays = days(QStringLiteral("visitDays"), 999);
    callbackDays = days(QStringLiteral("callbackDays"), 999);
    callbackWithinDays = days(QStringLiteral("callbackWithinDays"), 999);
    supplyNoticeDays = days(QStringLiteral("supplyNoticeDays"), 999);
    start = new DateTimeField(DateTimeField::Kind::Date, m_session.clock(),
                              m_session.workflow().deadlines().rules().zone, this);
    start->setObjectName(QStringLiteral("start"));
    m_errors.addRow(form, QStringLiteral("visitDays"),
                    tr("A manager's &visit is due after a key customer's case"), visitDays, true);
    m_errors.addRow(form, QStringLiteral("callbackDays"), tr("The &call-back comes after delivery"),
                    callbackDays, true);
    m_errors.addRow(form, QStringLiteral("callbackWithinDays"), tr("Sales has for the call-back"),
                    callbackWithinDays, true);
    m_errors.addRow(form, QStringLiteral("supplyNoticeDays"),
                    tr("An &order comes to be prepared before delivery"), supplyNoticeDays, true);
    m_errors.addRow(form, QStringLiteral("start"), tr("The loops &start on"), start, true);
    auto* note = new QLabel(
        tr("Batches delivered and cases closed before the start owe no call-back and no visit."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loopSettingsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    auto* saveButton = new QPushButton(tr("&Save the settings"), this);
    saveButton->setObjectName(QStringLiteral("saveLoopSettings"));
    bar->addWidget(saveButton);
    layout->addLayout(bar);
    layout->addStretch(1);
    connect(saveButton, &QPushButton::clicked, this, [this]() { save(); });
    reload();
}

void LoopSettingsPage::reload()
{
    const LoopSettings s = m_session.make<LoopSettingsService>().load();
    visitDays->setValue(s.visitDays);
    callbackDays->setValue(s.callbackDays);
    callbackWithinDays->setValue(s.callbackWithinDays);
    supplyNoticeDays->setValue(s.supplyNoticeDays);
    start->setDate(s.start);
}

bool LoopSettingsPage::save()
{
    m_errors.clear();
    const LoopSettingsService service = m_session.make<LoopSettingsService>();
    LoopSettings s = service.load();
    s.visitDays = visitDays->value();
    s.callbackDays = callbackDays->value();
    s.callbackWithinDays = callbackWithinDays->value();
    s.supplyNoticeDays = supplyNoticeDays->value();
    try {
        s.start = start->checkedDate();
        service.save(m_session.user(), s);
    } catch (const UserError& e) {
        m_errors.show(e.fieldErrors());
        m_message->setStyleSheet(QStringLiteral("color: %1").arg(Palette::error(palette()).name()));
        m_message->setText(e.message());
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Saved. The lists of call-backs, visits and orders follow the new settings."));
    m_session.notifyChanged(0);
    return true;
}
