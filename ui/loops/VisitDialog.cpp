#include "loops/VisitDialog.h"

#include "auth/UserService.h"
#include "common/DateTimeField.h"
#include "common/DialogFit.h"
#include "common/Fields.h"
#include "common/FormButtons.h"
#include "common/FormMessage.h"
#include "dates/CompanyTime.h"
#include "main/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

VisitDialog::VisitDialog(Session& session, const CustomerVisit& visit, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_service(session.make<VisitService>())
    , m_visit(visit)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("visitDialog"));
    const bool afterCase = visit.kind == CustomerVisitKind::AfterComplaint;
    setWindowTitle(mode == Mode::Plan ? tr("Plan the customer visit") : tr("Record the customer visit"));
    auto* layout = new QVBoxLayout(this);
    const QString what = afterCase ? tr("after case %1").arg(visit.caseNumber)
                                   : tr("return visit, round %1").arg(visit.roundNumber);
    auto* heading
        = new QLabel(tr("<b>%1</b>, %2; due by %3")
                         .arg(visit.customerName.toHtmlEscaped(), what.toHtmlEscaped(),
                              CompanyTime::day(visit.dueAt, m_session.workflow().deadlines().rules().zone)
                                  .toString(Qt::ISODate)),
                     this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    if (afterCase && !visit.caseProblem.isEmpty()) {
        auto* found = new QLabel(
            tr("The problem: %1\nHow it was treated: %2").arg(visit.caseProblem, visit.caseTreatment), this);
        found->setWordWrap(true);
        layout->addWidget(found);
    }
    auto* form = new QFormLayout;
    layout->addLayout(form);
    if (mode == Mode::Plan)
        buildPlan(form);
    else
        buildRecord(form);
    m_general = new FormMessage(this);
    layout->addWidget(m_general);
    layout->addWidget(new FormButtons(this, [this]() { save(); }));
    setMinimumWidth(560);
    DialogFit::toContents(this, 560); // as tall as the fields at that width
}

void VisitDialog::buildPlan(QFormLayout* form)
{
    leader = new QComboBox(this);
    leader->setObjectName(QStringLiteral("leaderId"));
    leader->addItem(tr("(choose)"), qint64(0));
    for (const User& u : m_session.make<UserService>().users())
        if (u.active && u.role == Role::Manager)
            leader->addItem(u.displayName.isEmpty() ? u.username : u.displayName, u.id);
    Fields::select(leader, m_visit.leaderId);
    participants = new QLineEdit(m_visit.participants, this);
    participants->setObjectName(QStringLiteral("participants"));
    const QTimeZone zone = m_session.workflow().deadlines().rules().zone;
    plannedOn = new DateTimeField(DateTimeField::Kind::Date, m_session.clock(), zone, this);
    plannedOn->setObjectName(QStringLiteral("plannedOn"));
    plannedOn->setDate(m_visit.plannedOn.isValid()
                           ? m_visit.plannedOn
                           : m_session.clock().now().toTimeZone(zone).date().addDays(7));
    m_errors.addRow(form, QStringLiteral("leaderId"), tr("Led by (a manager)"), leader, true);
    m_errors.addRow(form, QStringLiteral("participants"), tr("Who else goes"), participants);
    m_errors.addRow(form, QStringLiteral("plannedOn"), tr("Day of the visit"), plannedOn, true);
}

void VisitDialog::buildRecord(QFormLayout* form)
{
    const bool afterCase = m_visit.kind == CustomerVisitKind::AfterComplaint;
    const QTimeZone zone = m_session.workflow().deadlines().rules().zone;
    visitedOn = new DateTimeField(DateTimeField::Kind::Date, m_session.clock(), zone, this);
    visitedOn->setObjectName(QStringLiteral("visitedOn"));
    visitedOn->setDate(m_session.clock().now().toTimeZone(zone).date());
    customerPeople = new QLineEdit(this);
    customerPeople->setObjectName(QStringLiteral("customerPeople"));
    treatmentComments = Fields::text(this);
    treatmentComments->setObjectName(QStringLiteral("treatmentComments"));
    opinions = Fields::text(this);
    opinions->setObjectName(QStringLiteral("opinions"));
    suggestions = Fields::text(this);
    suggestions->setObjectName(QStringLiteral("suggestions"));
    m_errors.addRow(form, QStringLiteral("visitedOn"), tr("Visited on"), visitedOn, true);
    m_errors.addRow(form, QStringLiteral("customerPeople"), tr("Whom we met"), customerPeople);
    if (afterCase)
        m_errors.addRow(form, QStringLiteral("treatmentComments"),
                        tr("Comments on how the problem was treated"), treatmentComments, true);
    else
        treatmentComments->hide();
    m_errors.addRow(form, QStringLiteral("opinions"), tr("Opinions of our products and service"), opinions,
                    !afterCase);
    m_errors.addRow(form, QStringLiteral("suggestions"), tr("Suggestions"), suggestions);
}

QString VisitDialog::generalError() const
{
    return m_general->shown();
}

bool VisitDialog::save()
{
    const User& user = m_session.user();
    const bool saved = m_general->run(m_errors, [&]() {
        if (m_mode == Mode::Plan) {
            const VisitPlan plan {Fields::id(leader), participants->text(), plannedOn->checkedDate()};
            if (m_visit.kind == CustomerVisitKind::AfterComplaint)
                m_service.plan(user, m_visit.caseId, m_visit.version, plan);
            else
                m_service.replan(user, m_visit.id, m_visit.version, plan);
        } else {
            const VisitRecord record {visitedOn->checkedDate(), customerPeople->text(),
                                      treatmentComments->toPlainText(), opinions->toPlainText(),
                                      suggestions->toPlainText()};
            m_service.record(user, m_visit.id, m_visit.version, record);
        }
    });
    if (!saved) {
        adjustSize(); // room for the messages below their fields
        return false;
    }
    accept();
    return true;
}
