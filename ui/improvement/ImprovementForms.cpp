#include "improvement/ImprovementForms.h"

#include "auth/UserService.h"
#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "improvement/ActionService.h"
#include "improvement/GroupService.h"
#include "improvement/ImprovementForm.h"
#include "improvement/ImprovementWords.h"
#include "main/Session.h"
#include "reference/ReferenceData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace {
QDate today(Session& session)
{
    return session.clock().now().toTimeZone(session.workflow().deadlines().rules().zone).date();
}

// Typed or picked like every date of the window; an impossible day is refused next to it.
DateTimeField* dateField(Session& session, QWidget* parent, const QDate& date)
{
    auto* edit = new DateTimeField(DateTimeField::Kind::Date, session.clock(),
                                   session.workflow().deadlines().rules().zone, parent);
    edit->setDate(date);
    return edit;
}

QList<NamedItem> activeUsers(Session& session)
{
    QList<NamedItem> items;
    for (const User& u : session.make<UserService>().users())
        if (u.active)
            items.append({u.id, u.username, u.displayName});
    return items;
}

// The people to tick as a group's members, those given ticked.
QListWidget* memberList(QWidget* parent, const QList<NamedItem>& users, const QList<qint64>& ticked)
{
    auto* members = new QListWidget(parent);
    members->setObjectName(QStringLiteral("groupMembers"));
    for (const NamedItem& u : users) {
        auto* item = new QListWidgetItem(u.name, members);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(u.id) ? Qt::Checked : Qt::Unchecked);
    }
    members->setMaximumHeight(160);
    return members;
}

QList<qint64> tickedIds(const QListWidget* members)
{
    QList<qint64> ids;
    for (int row = 0; row < members->count(); ++row)
        if (members->item(row)->checkState() == Qt::Checked)
            ids.append(members->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}
} // namespace

bool ImprovementForms::raiseAction(Session& session, QWidget* parent, ActionSource source, qint64 caseId,
                                   qint64 tracingId)
{
    ImprovementForm form(tr("Raise corrective action"), parent);
    auto* what = Fields::text(&form, 4);
    auto* kind = new QComboBox(&form);
    for (ActionKind k : {ActionKind::Technical, ActionKind::Purchasing, ActionKind::Manufacturing})
        kind->addItem(ImprovementWords::kindName(k), static_cast<int>(k));
    auto* owner = new QComboBox(&form);
    Fields::fill(owner, session.reference().units(), tr("Choose the unit"));
    auto* due = dateField(session, &form, today(session).addDays(30));
    auto* preventive = new QCheckBox(tr("Preventive (the problem has not happened here yet)"), &form);
    form.addField(QStringLiteral("what"), tr("What is to be corrected"), what, true);
    form.addField(QStringLiteral("kind"), tr("Kind"), kind, true);
    form.addField(QStringLiteral("ownerUnitId"), tr("Owner unit"), owner, true);
    form.addField(QStringLiteral("dueOn"), tr("Due by"), due, true);
    form.addField(QStringLiteral("preventive"), QString(), preventive);
    form.setSave([&]() {
        NewAction a;
        a.source = source;
        a.caseId = caseId;
        a.tracingId = tracingId;
        a.kind = static_cast<ActionKind>(kind->currentData().toInt());
        a.preventive = preventive->isChecked();
        a.what = what->toPlainText();
        a.ownerUnitId = Fields::id(owner);
        a.dueOn = due->checkedDate();
        session.make<ActionService>().raise(session.user(), a);
    });
    return form.exec() == QDialog::Accepted;
}

bool ImprovementForms::recordCirculation(Session& session, QWidget* parent, const CorrectiveAction& action)
{
    ImprovementForm form(tr("Notice %1 at a meeting").arg(action.number), parent);
    auto* meeting = new QComboBox(&form);
    for (Meeting m : ImprovementWords::meetings()) {
        const bool held = std::any_of(action.circulations.cbegin(), action.circulations.cend(),
                                      [m](const Circulation& c) { return c.meeting == m; });
        if (!held)
            meeting->addItem(ImprovementWords::meetingName(m), static_cast<int>(m));
    }
    auto* metOn = dateField(session, &form, today(session));
    auto* signedOffBy = new QLineEdit(&form);
    form.addField(QStringLiteral("meeting"), tr("Meeting"), meeting, true);
    form.addField(QStringLiteral("metOn"), tr("Held on"), metOn, true);
    form.addField(QStringLiteral("signedOffBy"), tr("Signed off by"), signedOffBy, true);
    form.setSave([&]() {
        session.make<ActionService>().recordCirculation(session.user(), action.id, action.version,
                                                        static_cast<Meeting>(meeting->currentData().toInt()),
                                                        metOn->checkedDate(), signedOffBy->text());
    });
    return form.exec() == QDialog::Accepted;
}

bool ImprovementForms::reportDone(Session& session, QWidget* parent, const CorrectiveAction& action)
{
    ImprovementForm form(tr("Action %1 done").arg(action.number), parent);
    auto* note = Fields::text(&form, 4);
    form.addField(QStringLiteral("note"), tr("What was done"), note, true);
    form.setSave([&]() {
        session.make<ActionService>().reportDone(session.user(), action.id, action.version,
                                                 note->toPlainText());
    });
    return form.exec() == QDialog::Accepted;
}

bool ImprovementForms::checkEffectiveness(Session& session, QWidget* parent, const CorrectiveAction& action)
{
    ImprovementForm form(tr("Effectiveness of action %1").arg(action.number), parent);
    auto* effective = new QComboBox(&form);
    effective->addItem(tr("Effective: the problem did not come back"), true);
    effective->addItem(tr("Not effective: back to the owner unit"), false);
    auto* note = Fields::text(&form, 4);
    form.addField(QStringLiteral("effective"), tr("Result"), effective, true);
    form.addField(QStringLiteral("note"), tr("How it was checked"), note, true);
    form.setSave([&]() {
        session.make<ActionService>().checkEffectiveness(session.user(), action.id, action.version,
                                                         effective->currentData().toBool(),
                                                         note->toPlainText());
    });
    return form.exec() == QDialog::Accepted;
}

bool ImprovementForms::openGroup(Session& session, QWidget* parent, qint64 caseId)
{
    ImprovementForm form(tr("New special treatment group"), parent);
    auto* problem = Fields::text(&form, 3);
    auto* lead = new QComboBox(&form);
    const QList<NamedItem> users = activeUsers(session);
    Fields::fill(lead, users, tr("Choose the lead"));
    auto* members = memberList(&form, users, {});
    form.addField(QStringLiteral("problem"), tr("Problem hard to verify or close"), problem, true);
    form.addField(QStringLiteral("lead"), tr("Lead"), lead, true);
    form.addField(QStringLiteral("members"), tr("Members"), members, true);
    form.setSave([&]() {
        session.make<GroupService>().open(session.user(), problem->toPlainText(), caseId, Fields::id(lead),
                                          tickedIds(members));
    });
    return form.exec() == QDialog::Accepted;
}

bool ImprovementForms::changeMembers(Session& session, QWidget* parent, const TreatmentGroup& group)
{
    ImprovementForm form(tr("Members of group %1").arg(group.number), parent);
    QList<NamedItem> users = activeUsers(session);
    users.erase(std::remove_if(users.begin(), users.end(),
                               [&group](const NamedItem& u) { return u.id == group.leadUserId; }),
                users.end());
    auto* members = memberList(&form, users, group.memberIds);
    form.addField(QStringLiteral("members"), tr("Members (led by %1)").arg(group.lead), members, true);
    form.setSave([&]() {
        session.make<GroupService>().changeMembers(session.user(), group.id, group.version,
                                                   tickedIds(members));
    });
    return form.exec() == QDialog::Accepted;
}

bool ImprovementForms::addProgress(Session& session, QWidget* parent, const TreatmentGroup& group)
{
    ImprovementForm form(tr("Progress of group %1").arg(group.number), parent);
    auto* on = dateField(session, &form, today(session));
    auto* entry = Fields::text(&form, 4);
    form.addField(QStringLiteral("on"), tr("Day"), on, true);
    form.addField(QStringLiteral("entry"), tr("Progress"), entry, true);
    form.setSave([&]() {
        session.make<GroupService>().addProgress(session.user(), group.id, on->checkedDate(),
                                                 entry->toPlainText());
    });
    return form.exec() == QDialog::Accepted;
}

bool ImprovementForms::decideImprovement(Session& session, QWidget* parent, const TreatmentGroup& group)
{
    ImprovementForm form(tr("Systematic improvement of group %1").arg(group.number), parent);
    auto* improvement = Fields::text(&form, 4);
    improvement->setPlainText(group.improvement);
    form.addField(QStringLiteral("improvement"), tr("Systematic improvement decided"), improvement, true);
    form.setSave([&]() {
        session.make<GroupService>().decideImprovement(session.user(), group.id, group.version,
                                                       improvement->toPlainText());
    });
    return form.exec() == QDialog::Accepted;
}

bool ImprovementForms::closeGroup(Session& session, QWidget* parent, const TreatmentGroup& group)
{
    ImprovementForm form(tr("Close group %1").arg(group.number), parent);
    auto* summary = Fields::text(&form, 4);
    form.addField(QStringLiteral("summary"), tr("Closing summary"), summary, true);
    form.setSave([&]() {
        session.make<GroupService>().close(session.user(), group.id, group.version, summary->toPlainText());
    });
    return form.exec() == QDialog::Accepted;
}
