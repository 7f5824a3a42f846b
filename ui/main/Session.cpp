#include "main/Session.h"

#include "db/Database.h"
#include "i18n/Translations.h"

Session::Session(Database& database, const Clock& clock, const User& user, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_workflow(database.connection(), clock)
    , m_reference(database.connection())
{
}

QSqlDatabase Session::connection() const
{
    return m_database.connection();
}

const ReferenceData& Session::reference() const
{
    m_reference.setDisplayLanguage(Translations::current());
    return m_reference;
}
