#include "auth/UserService.h"

#include "UserError.h"
#include "db/Sql.h"

#include <QDateTime>

#include <sodium.h>

namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw UserError(QStringLiteral("The password library could not start."));
}

User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString());
    u.unitId = q.value(4).toLongLong();
    u.technicianId = q.value(5).toLongLong();
    return u;
}

const char* const userColumns = "SELECT id, username, display_name, role, unit_id, technician_id FROM users ";
} // namespace

UserService::UserService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString UserService::hashPassword(const QString& password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw UserError(tr("There is not enough memory to protect the password."));
    return QString::fromLatin1(hash);
}

bool UserService::verifyPassword(const QString& hash, const QString& password)
{
    ensureSodium();
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

qint64 UserService::createUser(const User& actor, const User& newUser, const QString& password)
{
    if (actor.role != Role::Administrator)
        throw UserError(tr("Only an administrator can create users."));
    return createUserUnchecked(newUser, password);
}

qint64 UserService::createUserUnchecked(const User& u, const QString& password)
{
    if (u.username.trimmed().isEmpty())
        throw UserError(tr("A user needs a user name."),
                        {{QStringLiteral("username"), tr("Give a user name.")}});
    if (userByName(u.username.trimmed()))
        throw UserError(tr("There is already a user called “%1”.").arg(u.username.trimmed()),
                        {{QStringLiteral("username"), tr("Choose another user name.")}});
    if (password.size() < 8)
        throw UserError(tr("The password must have at least 8 characters."),
                        {{QStringLiteral("password"), tr("At least 8 characters.")}});
    if (u.role == Role::ResponsibleUnit && u.unitId == 0)
        throw UserError(tr("A member of a responsible unit needs the unit."),
                        {{QStringLiteral("unitId"), tr("Choose the unit.")}});
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO users(username, display_name, role, unit_id, technician_id, "
                                    "password_hash, created_at) VALUES (?,?,?,?,?,?,?)"),
                     {u.username.trimmed(),
                      u.displayName.trimmed().isEmpty() ? u.username.trimmed() : u.displayName.trimmed(),
                      Roles::code(u.role), u.unitId > 0 ? QVariant(u.unitId) : QVariant(),
                      u.technicianId > 0 ? QVariant(u.technicianId) : QVariant(), hashPassword(password),
                      QDateTime::currentSecsSinceEpoch()})
        .lastInsertId()
        .toLongLong();
}

void UserService::setPassword(qint64 userId, const QString& password)
{
    if (password.size() < 8)
        throw UserError(tr("The password must have at least 8 characters."),
                        {{QStringLiteral("password"), tr("At least 8 characters.")}});
    Sql::exec(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
              {hashPassword(password), userId});
}

User UserService::signIn(const QString& username, const QString& password) const
{
    QSqlQuery q
        = Sql::exec(m_db, QStringLiteral("SELECT password_hash, active FROM users WHERE username = ?"),
                    {username.trimmed()});
    const bool found = q.next();
    const QString hash = found ? q.value(0).toString() : QString();
    const bool active = found && q.value(1).toBool();
    q.finish();
    if (!found || !verifyPassword(hash, password))
        throw UserError(tr("The user name or the password is wrong."));
    if (!active)
        throw UserError(tr("This account has been disabled. Ask your administrator."));
    return *userByName(username.trimmed());
}

bool UserService::needsPassword(const QString& username) const
{
    const QVariant hash = Sql::scalar(
        m_db, QStringLiteral("SELECT password_hash FROM users WHERE username = ?"), {username.trimmed()});
    return hash.isValid() && hash.toString().isEmpty();
}

std::optional<User> UserService::user(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db, QString::fromLatin1(userColumns) + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<User> UserService::userByName(const QString& username) const
{
    QSqlQuery q = Sql::exec(m_db, QString::fromLatin1(userColumns) + QStringLiteral("WHERE username = ?"),
                            {username});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<User> UserService::users() const
{
    QList<User> list;
    QSqlQuery q = Sql::exec(m_db, QString::fromLatin1(userColumns) + QStringLiteral("ORDER BY username"));
    while (q.next())
        list.append(userFrom(q));
    return list;
}
