#pragma once

#include <QString>

// A password typed in the window for a server address (File > Connect to server…), kept in this
// program's memory only, for as long as it runs, so that the window and its background work can
// connect again; never written anywhere. Without one, libpq reads PGPASSWORD or ~/.pgpass.
namespace ServerPasswords {
// Remembers password for the address (ServerAddress::text()); an empty password forgets it.
void remember(const QString& address, const QString& password);
// The password typed for the address, or an empty string.
QString of(const QString& address);
} // namespace ServerPasswords
