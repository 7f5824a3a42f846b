#pragma once

#include "Clock.h"
#include "db/Services.h"
#include "domain/User.h"
#include "reference/ReferenceData.h"
#include "workflow/WorkflowService.h"

#include <QObject>
#include <QSet>

class ChangeWatch;
class Database;
class ServerLink;

// What every page and form of one signed-in person shares: core's services and queries on the
// database (make<T>(), never the database handle: issue 16.1), the clock, who is signed in.
// Pages listen to caseChanged to refresh after any step.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(Database& database, const Clock& clock, const User& user, QObject* parent = nullptr);

    // A core service or query on this session's database: make<VisitService>(), with the
    // clock when the service takes one and then args; call(&FormDraft::databaseId, args...).
    template<class T, class... A> T make(A&&... args) const
    {
        return m_services.make<T>(std::forward<A>(args)...);
    }
    template<class T, class... A> std::unique_ptr<T> makeUnique(A&&... args) const
    {
        return m_services.makeUnique<T>(std::forward<A>(args)...);
    }
    template<class F, class... A> auto call(F function, A&&... args) const
    {
        return m_services.call(function, std::forward<A>(args)...);
    }
    const Services& services() const { return m_services; }
    // Where the database is: a file's path or a server's postgresql:// address.
    const QString& databasePath() const;
    const Clock& clock() const { return m_clock; }
    const User& user() const { return m_user; }
    WorkflowService& workflow() { return m_workflow; }
    // The company's lists, with names in the window's language.
    const ReferenceData& reference() const;

    // Called by a form after it changed a case (0 when a new case could be anywhere).
    void notifyChanged(qint64 caseId) { emit caseChanged(caseId); }
    // Looks for changes saved by other programs about twice a second (core/db/ChangeWatch)
    // and reports them with changedElsewhere; this session's own saves are not reported.
    ChangeWatch& changeWatch() const { return *m_watch; }
    // The connection to a database server: once lost, opened again only after a probe reached the
    // server, so nothing the window does blocks on a server that does not answer (issue 16.3).
    ServerLink& serverLink() const { return *m_link; }

signals:
    void caseChanged(qint64 caseId);
    // Another program or window saved changes to these cases (an empty set: changes that belong
    // to no one case, such as lists or settings, or too many cases to name: read again what is
    // shown). A form open on one of them tells its user.
    void changedElsewhere(const QSet<qint64>& caseIds);
    void openCaseRequested(qint64 caseId);

private:
    Database& m_database;
    const Clock& m_clock;
    Services m_services;
    User m_user;
    WorkflowService m_workflow;
    mutable ReferenceData m_reference;
    ChangeWatch* m_watch = nullptr;
    ServerLink* m_link = nullptr;
};
