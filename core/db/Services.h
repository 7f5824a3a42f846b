#pragma once

#include "Clock.h"
#include "db/Database.h"

#include <QSqlDatabase>

#include <memory>
#include <type_traits>
#include <utility>

// The one way the window gets core's services and queries on an open database without holding
// the database handle (issue 16.1): make<UserService>() builds a service on the database's
// connection, with the clock when the service takes one, and any further arguments after them;
// call(&FormDraft::databaseId) calls a function of core whose first parameter is the connection.
// Nothing here hands the connection itself out; ui/ never names it (tests/style CheckWindowSeam).
class Services
{
public:
    Services(const Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    const Clock& clock() const { return m_clock; }

    template<class T, class... A> T make(A&&... args) const
    {
        static_assert(!std::is_same_v<std::decay_t<T>, QSqlDatabase>,
                      "the window never holds the connection");
        if constexpr (std::is_constructible_v<T, const QSqlDatabase&, const Clock&, A&&...>)
            return T(m_database.connection(), m_clock, std::forward<A>(args)...);
        else
            return T(m_database.connection(), std::forward<A>(args)...);
    }

    template<class T, class... A> std::unique_ptr<T> makeUnique(A&&... args) const
    {
        static_assert(!std::is_same_v<std::decay_t<T>, QSqlDatabase>,
                      "the window never holds the connection");
        if constexpr (std::is_constructible_v<T, const QSqlDatabase&, const Clock&, A&&...>)
            return std::make_unique<T>(m_database.connection(), m_clock, std::forward<A>(args)...);
        else
            return std::make_unique<T>(m_database.connection(), std::forward<A>(args)...);
    }

    // Only a plain function of core (no lambda can name the connection's type from ui/).
    template<class R, class D, class... P, class... A> R call(R (*function)(D, P...), A&&... args) const
    {
        static_assert(std::is_same_v<std::decay_t<D>, QSqlDatabase>,
                      "call() takes a function of the connection");
        return function(m_database.connection(), std::forward<A>(args)...);
    }

private:
    const Database& m_database;
    const Clock& m_clock;
};
