#include "auth/UserService.h"

#include "UserError.h"
#include "auth/PasswordHash.h"
#include "auth/PasswordRules.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/Transaction.h"

namespace {
User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString());
    u.unitId = q.value(4).toLongLong();
    u.technicianId = q.value(5).toLongLong();
    u.active = q.value(6).toBool();
    u.mustChangePassword = q.value(7).toBool();
    return u;
}

const char* const userColumns = "SELECT id, username, display_name, role, unit_id, technician_id, active, "
                                "must_change_password FROM users ";
const QLatin1String usersTable("users");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

bool isUsableAdministrator(const User& u, const QString& hash)
{
    return u.role == Role::Administrator && u.active && !hash.isEmpty();
}
} // namespace

UserService::UserService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_throttle(m_db, clock)
{
}

const Clock& UserService::systemClock()
{
    static const SystemClock clock;
    return clock;
}

bool UserService::hasUsableAdministrator() const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT EXISTS(SELECT 1 FROM users WHERE role = 'admin' AND "
                                      "active = 1 AND password_hash <> '')"))
        .toBool();
}

QString UserService::passwordHashOf(qint64 userId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId})
        .toString();
}

void UserService::requireAdministrator(const User& actor, const QString& refusal) const
{
    // Read again: a session started before its administrator was demoted or deactivated has no rights left.
    const std::optional<User> current = user(actor.id);
    if (!current || current->role != Role::Administrator || !current->active)
        throw UserError(refusal);
}

void UserService::checkNewAccount(const User& u, const QString& password) const
{
    const QString name = u.username.trimmed();
    if (name.isEmpty())
        throw UserError(tr("A user needs a user name."),
                        {{QStringLiteral("username"), tr("Give a user name.")}});
    if (userByName(name))
        throw UserError(tr("There is already a user called “%1”.").arg(name),
                        {{QStringLiteral("username"), tr("Choose another user name.")}});
    if (u.role == Role::ResponsibleUnit && u.unitId == 0)
        throw UserError(tr("A member of a responsible unit needs the unit."),
                        {{QStringLiteral("unitId"), tr("Choose the unit.")}});
    PasswordRules::check(password, name);
}

void UserService::refuseLosingLastAdministrator(const User& target, const QString& refusal) const
{
    if (!isUsableAdministrator(target, passwordHashOf(target.id)))
        return;
    const int others = Sql::scalar(m_db,
                                   QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND "
                                                  "active = 1 AND password_hash <> '' AND id <> ?"),
                                   {target.id})
                           .toInt();
    if (others == 0)
        throw UserError(refusal);
}

qint64 UserService::insertUser(qint64 actorId, qint64 id, const User& u)
{
    const QString name = u.username.trimmed();
    const QString display = u.displayName.trimmed().isEmpty() ? name : u.displayName.trimmed();
    RecordWriter::Fields fields {{QStringLiteral("username"), name},
                                 {QStringLiteral("display_name"), display},
                                 {QStringLiteral("role"), Roles::code(u.role)},
                                 {QStringLiteral("unit_id"), idOrNull(u.unitId)},
                                 {QStringLiteral("technician_id"), idOrNull(u.technicianId)},
                                 {QStringLiteral("created_at"), m_clock.now()}};
    if (id > 0)
        fields.prepend({QStringLiteral("id"), id});
    return RecordWriter(m_db, actorId, m_clock.now()).insert(usersTable, 0, fields);
}

void UserService::storePassword(qint64 actorId, qint64 userId, const QString& hash, bool mustChange)
{
    // The hash never goes to the audit log: the log shows the count of changes going up, who and when.
    const qint64 changes
        = Sql::scalar(m_db, QStringLiteral("SELECT password_changes FROM users WHERE id = ?"), {userId})
              .toLongLong();
    Sql::exec(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, userId});
    RecordWriter(m_db, actorId, m_clock.now())
        .update(usersTable, userId, 0,
                {{QStringLiteral("password_changes"), changes + 1},
                 {QStringLiteral("must_change_password"), mustChange}});
}

User UserService::createFirstAdministrator(const User& administrator, const QString& password)
{
    User a = administrator;
    a.username = a.username.trimmed();
    a.role = Role::Administrator;
    a.unitId = 0;
    a.technicianId = 0;
    if (a.username.isEmpty())
        throw UserError(tr("The administrator needs a user name."),
                        {{QStringLiteral("username"), tr("Give a user name.")}});
    PasswordRules::check(password, a.username);
    const QString hash = PasswordHash::hash(password); // slow: before the write transaction
    Transaction t(m_db);
    if (hasUsableAdministrator())
        throw UserError(tr("This database already has an administrator. Sign in instead."));
    qint64 id = 0;
    if (const std::optional<User> existing = userByName(a.username)) {
        if (!passwordHashOf(existing->id).isEmpty())
            throw UserError(tr("There is already a user called “%1”.").arg(a.username),
                            {{QStringLiteral("username"), tr("Choose another user name.")}});
        // An account that never had a password (the "admin" of an older version) becomes the administrator.
        id = existing->id;
        RecordWriter(m_db, id, m_clock.now())
            .update(usersTable, id, 0,
                    {{QStringLiteral("display_name"),
                      a.displayName.trimmed().isEmpty() ? existing->displayName : a.displayName.trimmed()},
                     {QStringLiteral("role"), Roles::code(Role::Administrator)},
                     {QStringLiteral("active"), true}});
    } else {
        // The administrator makes their own account: the audit log names them as its author.
        id = Sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM users")).toLongLong();
        insertUser(id, id, a);
    }
    storePassword(id, id, hash, false);
    t.commit();
    return *user(id);
}

User UserService::signIn(const QString& username, const QString& password)
{
    const QString name = username.trimmed();
    m_throttle.checkAllowed(name);
    QSqlQuery q = Sql::exec(
        m_db, QStringLiteral("SELECT id, password_hash, active FROM users WHERE username = ?"), {name});
    const bool found = q.next();
    const qint64 id = found ? q.value(0).toLongLong() : 0;
    const QString hash = found ? q.value(1).toString() : QString();
    const bool active = found && q.value(2).toBool();
    q.finish();
    // An unknown name, or an account without a password, costs one Argon2id check like any other.
    bool right = false;
    if (hash.isEmpty())
        PasswordHash::verifyDummy(password);
    else
        right = PasswordHash::verify(hash, password);
    if (!right) {
        const qint64 wait = m_throttle.recordFailure(name);
        QString message = tr("The user name or the password is wrong.");
        if (wait > 0)
            message += u' ' + SignInThrottle::waitMessage(wait);
        throw UserError(message);
    }
    if (!active)
        throw UserError(tr("This account has been deactivated. Ask your administrator."));
    m_throttle.clear(name);
    return *user(id);
}

void UserService::changeOwnPassword(const User& actor, const QString& currentPassword,
                                    const QString& newPassword)
{
    const std::optional<User> me = user(actor.id);
    if (!me || !me->active)
        throw UserError(tr("This account has been deactivated. Ask your administrator."));
    PasswordRules::check(newPassword, me->username, QStringLiteral("newPassword"));
    if (newPassword == currentPassword)
        throw UserError(tr("The new password must differ from the current one."),
                        {{QStringLiteral("newPassword"), tr("Choose a password you have not used here.")}});
    m_throttle.checkAllowed(me->username);
    if (!PasswordHash::verify(passwordHashOf(me->id), currentPassword)) {
        const qint64 wait = m_throttle.recordFailure(me->username);
        QString message = tr("That is not your current password.");
        if (wait > 0)
            message += u' ' + SignInThrottle::waitMessage(wait);
        throw UserError(message, {{QStringLiteral("currentPassword"), message}});
    }
    const QString hash = PasswordHash::hash(newPassword);
    Transaction t(m_db);
    storePassword(me->id, me->id, hash, false);
    t.commit();
    m_throttle.clear(me->username);
}

qint64 UserService::createUser(const User& actor, const User& newUser, const QString& password)
{
    requireAdministrator(actor, tr("Only an administrator can create users."));
    checkNewAccount(newUser, password);
    const QString hash = PasswordHash::hash(password);
    Transaction t(m_db);
    if (userByName(newUser.username.trimmed()))
        throw UserError(tr("There is already a user called “%1”.").arg(newUser.username.trimmed()),
                        {{QStringLiteral("username"), tr("Choose another user name.")}});
    const qint64 id = insertUser(actor.id, 0, newUser);
    storePassword(actor.id, id, hash, true);
    t.commit();
    return id;
}

void UserService::resetPassword(const User& actor, qint64 userId, const QString& newPassword)
{
    requireAdministrator(actor, tr("Only an administrator can reset a password."));
    const std::optional<User> target = user(userId);
    if (!target)
        throw UserError(tr("There is no such user."));
    if (target->id == actor.id)
        throw UserError(tr("Change your own password with File > Change password: it asks for the current "
                           "one."));
    PasswordRules::check(newPassword, target->username);
    const QString hash = PasswordHash::hash(newPassword);
    Transaction t(m_db);
    storePassword(actor.id, userId, hash, true);
    t.commit();
    m_throttle.clear(target->username);
}

void UserService::setActive(const User& actor, qint64 userId, bool active)
{
    Transaction t(m_db);
    requireAdministrator(actor, tr("Only an administrator can deactivate or reactivate users."));
    const std::optional<User> target = user(userId);
    if (!target)
        throw UserError(tr("There is no such user."));
    if (!active && target->id == actor.id)
        throw UserError(tr("You cannot deactivate your own account."));
    if (!active)
        refuseLosingLastAdministrator(*target,
                                      tr("“%1” is the last active administrator and cannot be "
                                         "deactivated. Make another user an administrator first.")
                                          .arg(target->username));
    RecordWriter(m_db, actor.id, m_clock.now())
        .update(usersTable, userId, 0, {{QStringLiteral("active"), active}});
    t.commit();
}

void UserService::changeRole(const User& actor, qint64 userId, Role role, qint64 unitId, qint64 technicianId)
{
    Transaction t(m_db);
    requireAdministrator(actor, tr("Only an administrator can change roles."));
    const std::optional<User> target = user(userId);
    if (!target)
        throw UserError(tr("There is no such user."));
    if (role == Role::ResponsibleUnit && unitId == 0)
        throw UserError(tr("A member of a responsible unit needs the unit."),
                        {{QStringLiteral("unitId"), tr("Choose the unit.")}});
    if (role != Role::Administrator)
        refuseLosingLastAdministrator(*target,
                                      tr("“%1” is the last active administrator and must stay one. "
                                         "Make another user an administrator first.")
                                          .arg(target->username));
    RecordWriter(m_db, actor.id, m_clock.now())
        .update(usersTable, userId, 0,
                {{QStringLiteral("role"), Roles::code(role)},
                 {QStringLiteral("unit_id"), idOrNull(unitId)},
                 {QStringLiteral("technician_id"), idOrNull(technicianId)}});
    t.commit();
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
