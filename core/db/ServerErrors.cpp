#include "db/ServerErrors.h"

using Kind = DatabaseError::Kind;

namespace {
// libpq's own words, first line only, for the administrator who reads the message with the clerk.
QString serverSaid(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.section(u'\n', 0, 0).trimmed();
}

bool says(const QString& text, const char* words)
{
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}
} // namespace

DatabaseError ServerErrors::connectionFailed(const QSqlError& error, const QString& address,
                                             const QString& user, const QString& database)
{
    const QString text = error.databaseText() + u' ' + error.driverText();
    const QString said = serverSaid(error);
    // libpq tries again without TLS when the server offers it (sslmode=prefer) and names every
    // attempt's refusal, the last one of pg_hba.conf for "no encryption": the password's words
    // come first, then pg_hba.conf's, then those of TLS.
    if (says(text, "no password supplied"))
        return {Kind::NoRights,
                tr("The database server %1 asks for the password of the user “%2”, and none was given. "
                   "QualityLoop never writes a password down: type it under Connect to a server… (kept only "
                   "while the program runs), or put it in the PGPASSWORD environment variable or in the file "
                   "~/.pgpass. Nothing was changed.")
                    .arg(address, user)};
    if (says(text, "password authentication failed"))
        return {
            Kind::NoRights,
            tr("The database server %1 refused the password of the user “%2”: it is wrong (or there is no "
               "such user). Type it again (Connect to a server… keeps it only while the program runs), or "
               "correct it in PGPASSWORD or ~/.pgpass. Nothing was changed. (The server said: %3)")
                .arg(address, user, said)};
    if (says(text, "authentication failed") || (says(text, "role \"") && says(text, "does not exist"))
        || says(text, "permission denied"))
        return {
            Kind::NoRights,
            tr("The database server %1 refused the user “%2”: the password is wrong, or this user may not "
               "use the database “%3”. QualityLoop never writes a password down: type it under Connect to "
               "a server… (kept only while the program runs), put it in the PGPASSWORD environment "
               "variable or in the file ~/.pgpass, or ask your administrator for access. Nothing was "
               "changed. (The server said: %4)")
                .arg(address, user, database, said)};
    if (says(text, "pg_hba.conf"))
        return {Kind::NoRights,
                tr("The database server %1 does not let the user “%2” into the database “%3” from this PC: "
                   "no line of its pg_hba.conf admits it. Ask your administrator to add one (README: “A "
                   "shared office”). Nothing was changed. (The server said: %4)")
                    .arg(address, user, database, said)};
    if (says(text, "certificate") || says(text, "does not support SSL") || says(text, "no encryption"))
        return {Kind::NoRights,
                tr("The database server %1 and this PC do not agree on a safe connection (TLS): the server's "
                   "certificate could not be checked, or one side asks for encryption the other does not "
                   "offer. Check PGSSLMODE and PGSSLROOTCERT on this PC and the server's ssl settings and "
                   "pg_hba.conf line (README: “A shared office”). Nothing was changed. (The server said: %2)")
                    .arg(address, said)};
    if (says(text, "database \"") && says(text, "does not exist"))
        return {Kind::CannotOpen,
                tr("There is no database “%1” on the server %2. Ask your administrator to make it "
                   "(README: “A shared office”). Nothing was changed.")
                    .arg(database, address)};
    return {Kind::Unreachable,
            tr("The database server %1 cannot be reached. Check that this PC is on the network and that the "
               "server is running, or ask your administrator. Nothing was changed. (%2)")
                .arg(address, said)};
}

DatabaseError ServerErrors::queryFailed(const QSqlError& error, const QString& context)
{
    const QString state = error.nativeErrorCode();
    const QString said = serverSaid(error);
    if (state == QLatin1String("42501"))
        return {Kind::NoRights,
                tr("Your database user may not do this on the server (%1). Ask your administrator for the "
                   "rights QualityLoop needs (README: “A shared office”). Nothing was changed.")
                    .arg(said)};
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || (state.isEmpty() && error.type() == QSqlError::ConnectionError))
        return connectionLost();
    if (state == QLatin1String("55P03")) // lock_timeout: another session holds what this needs
        return {Kind::Locked,
                tr("Another program is holding what this needs (an import or another long save), so this "
                   "could not be done now. Try again in a moment. Nothing was changed.")};
    if (isRetryable(error))
        return {Kind::Locked,
                tr("Another person saved at the same moment, so this could not be saved. Try again. "
                   "Nothing was changed.")};
    if (state == QLatin1String("53100"))
        return {Kind::DiskFull,
                tr("The database server's disk is full, so this could not be saved. Ask your administrator; "
                   "everything saved before is safe.")};
    return {Kind::Query, tr("The database refused the operation (%1: %2).").arg(context, said)};
}

DatabaseError ServerErrors::connectionLost()
{
    return {Kind::Unreachable,
            tr("The connection to the database server was lost, so this was not done (nothing is half "
               "saved). Check the network and try again; everything saved before is safe.")};
}

bool ServerErrors::isRetryable(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("40001") || state == QLatin1String("40P01");
}
