#include "lists/CustomerCall.h"

#include "UserError.h"
#include "db/Sql.h"
#include "db/WriteScope.h"
#include "lists/ListRules.h"
#include "lists/ListService.h"
#include "lists/ListSpec.h"
#include "lists/ListValidator.h"
#include "workflow/FieldCheck.h"

namespace {
// The list's field keys as the call form names them.
QMap<QString, QString> renamed(const QMap<QString, QString>& errors, const QMap<QString, QString>& names)
{
    QMap<QString, QString> out;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        out.insert(names.value(it.key(), it.key()), it.value());
    return out;
}

const QMap<QString, QString>& customerNames()
{
    static const QMap<QString, QString> names {{QStringLiteral("name_zh"), QStringLiteral("nameZh")}};
    return names;
}

const QMap<QString, QString>& contactNames()
{
    static const QMap<QString, QString> names {{QStringLiteral("name"), QStringLiteral("contactName")},
                                               {QStringLiteral("phone"), QStringLiteral("contactPhone")},
                                               {QStringLiteral("email"), QStringLiteral("contactEmail")}};
    return names;
}
} // namespace

CustomerCall::CustomerCall(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

CallCustomerAdded CustomerCall::addCustomer(const User& actor, const CallCustomer& c)
{
    const QString refusal = ListRules::callRefusal(actor);
    if (!refusal.isEmpty())
        throw UserError(refusal);
    ListService lists(m_db, m_clock);
    WriteScope scope(m_db);
    CallCustomerAdded added;
    QMap<QString, QString> errors;
    QString message;
    try {
        added.customerId = lists.insert(actor, ListSpecs::get(QStringLiteral("customers")),
                                        {{QStringLiteral("name"), c.name},
                                         {QStringLiteral("name_zh"), c.nameZh},
                                         {QStringLiteral("region"), c.region},
                                         {QStringLiteral("address"), c.address},
                                         {QStringLiteral("needs_completion"), true}});
    } catch (const UserError& e) {
        errors = renamed(e.fieldErrors(), customerNames());
        message = e.message();
    }
    if (!c.contactName.trimmed().isEmpty() || !c.contactPhone.trimmed().isEmpty()
        || !c.contactEmail.trimmed().isEmpty()) {
        try {
            // Checked even when the customer was refused, so every wrong field shows at once.
            const ListSpec& contacts = ListSpecs::get(QStringLiteral("contacts"));
            const QVariantMap values {{QStringLiteral("customer_id"), added.customerId},
                                      {QStringLiteral("name"), c.contactName},
                                      {QStringLiteral("phone"), c.contactPhone},
                                      {QStringLiteral("email"), c.contactEmail}};
            if (added.customerId > 0)
                added.contactId = lists.insert(actor, contacts, values);
            else
                ListValidator(m_db, contacts).check(values, {}, 0);
        } catch (const UserError& e) {
            QMap<QString, QString> contactErrors = e.fieldErrors();
            contactErrors.remove(QStringLiteral("customer_id")); // the customer was refused above
            if (!contactErrors.isEmpty() || e.fieldErrors().isEmpty()) {
                errors.insert(renamed(contactErrors, contactNames()));
                message = e.message();
            }
        }
    }
    FieldCheck check; // one message naming every wrong field of both
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        check.require(false, it.key(), it.value());
    check.throwIfAny();
    if (!message.isEmpty())
        throw UserError(message);
    added.code
        = lists.load(QStringLiteral("customers"), added.customerId).value(QStringLiteral("code")).toString();
    scope.commit();
    return added;
}

qint64 CustomerCall::addContact(const User& actor, qint64 customerId, const QString& name,
                                const QString& phone, const QString& email)
{
    const QString refusal = ListRules::callRefusal(actor);
    if (!refusal.isEmpty())
        throw UserError(refusal);
    try {
        return ListService(m_db, m_clock)
            .insert(actor, ListSpecs::get(QStringLiteral("contacts")),
                    {{QStringLiteral("customer_id"), customerId},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("phone"), phone},
                     {QStringLiteral("email"), email}});
    } catch (const UserError& e) {
        throw UserError(e.message(), renamed(e.fieldErrors(), contactNames()));
    }
}

qint64 CustomerCall::toCompleteCount() const
{
    return Sql::scalar(
               m_db,
               QStringLiteral("SELECT count(*) FROM customers WHERE needs_completion = 1 AND active = 1"))
        .toLongLong();
}
