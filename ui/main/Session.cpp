#include "main/Session.h"

#include "UserError.h"
#include "db/ChangeWatch.h"
#include "db/Database.h"
#include "db/ServerLink.h"
#include "i18n/Translations.h"
#include "print/PrintClock.h"

Session::Session(Database& database, const Clock& clock, const User& user, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_services(database, clock)
    , m_user(user)
    , m_workflow(m_services.make<WorkflowService>())
    , m_reference(m_services.make<ReferenceData>())
    , m_watch(m_services.makeUnique<ChangeWatch>(this).release()) // owned by this session
    , m_link(m_services.makeUnique<ServerLink>(this).release()) // owned by this session
{
    // The watch polls the connection this session saves through: SQLite's data_version does
    // not move for that connection's own commits, which caseChanged has already reported.
    connect(m_watch, &ChangeWatch::changed, this, [this](const QSet<qint64>& caseIds, bool other) {
        if (other) {
            // Settings and lists may have changed: deadline rules and names are read afresh.
            try {
                m_workflow.reloadRules();
            } catch (const UserError&) {
                // The rules read at sign-in stay until the next look.
            }
            m_reference = m_services.make<ReferenceData>();
        }
        if (!caseIds.isEmpty())
            emit changedElsewhere(caseIds);
        if (other)
            emit changedElsewhere({});
    });
    m_watch->start();
    // Printouts date themselves by the session's clock, as the window does.
    PrintClock::use(&m_clock, this);
}

const QString& Session::databasePath() const
{
    return m_database.path();
}

const ReferenceData& Session::reference() const
{
    m_reference.setDisplayLanguage(Translations::current());
    return m_reference;
}
