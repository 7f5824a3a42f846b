#pragma once

#include <QSqlDatabase>

// How Sql opens a lost server connection again (defined with Sql, which keeps the lost ones).
// A server connection that was lost is opened again before its next statement outside a
// transaction, which blocks the thread until the server answers or libpq's connect timeout ends.
// The window's thread must not block: after reconnectOnlyWhenAnswered(db) (ServerLink does it
// for the window's connection) a lost connection is opened again only after serverAnswered(db)
// said a probe reached the server (ServerProbe), once per answer; until then every statement on
// it fails at once as unreachable. Call on the connection's thread.
namespace Sql {
void reconnectOnlyWhenAnswered(const QSqlDatabase& db, bool on = true);
void serverAnswered(const QSqlDatabase& db);
// The connection was lost and is not open again yet.
bool isLost(const QSqlDatabase& db);
// The same, also counting as lost a connection whose session libpq knows is gone though no
// statement failed on it yet: an idle window's, across a server restart (the driver read the
// server's goodbye while listening for notices). Costs no round trip.
bool checkLost(const QSqlDatabase& db);
} // namespace Sql
