#include "lists/ListFieldMakers.h"
#include "lists/ListSpec.h"

using namespace ListFields;
namespace F = FieldFlag;

// Customers, their sites and plants, and their contacts.
QList<ListSpec> ListSpecs::customerLists()
{
    ListSpec customers;
    customers.id = customers.table = QStringLiteral("customers");
    customers.title = QT_TRANSLATE_NOOP("ListSpecs", "Customers");
    customers.entryName = QT_TRANSLATE_NOOP("ListSpecs", "customer");
    customers.fields = {
        text(QStringLiteral("code"), QT_TRANSLATE_NOOP("ListSpecs", "Code"),
             F::Generated | F::Unique | F::Column | F::Sortable | F::Search, 30),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListSpecs", "Name"),
             F::Required | F::Column | F::Sortable | F::Search),
        text(QStringLiteral("name_zh"), QT_TRANSLATE_NOOP("ListSpecs", "Name in Chinese"),
             F::Column | F::Search),
        boolean(QStringLiteral("key_customer"), QT_TRANSLATE_NOOP("ListSpecs", "Key customer"), F::Column),
        text(QStringLiteral("region"), QT_TRANSLATE_NOOP("ListSpecs", "Region"),
             F::Column | F::Sortable | F::Search, 100),
        longText(QStringLiteral("address"), QT_TRANSLATE_NOOP("ListSpecs", "Address"), F::Search, 500),
        boolean(QStringLiteral("needs_completion"),
                QT_TRANSLATE_NOOP("ListSpecs", "To be completed by the office"), F::Column),
    };
    customers.display = QStringLiteral("%1.code || ' — ' || %1.name");
    customers.defaultSort = QStringLiteral("name");
    customers.keyField = QStringLiteral("code");
    customers.codeFormat = QStringLiteral("C%05d");
    customers.usedBy = {QStringLiteral("SELECT 1 FROM cases WHERE customer_id = ? LIMIT 1"),
                        QStringLiteral("SELECT 1 FROM shipments WHERE customer_id = ? LIMIT 1")};

    ListSpec sites;
    sites.id = sites.table = QStringLiteral("customer_sites");
    sites.title = QT_TRANSLATE_NOOP("ListSpecs", "Customer sites");
    sites.entryName = QT_TRANSLATE_NOOP("ListSpecs", "site");
    sites.fields = {
        reference(QStringLiteral("customer_id"), QT_TRANSLATE_NOOP("ListSpecs", "Customer"),
                  F::Required | F::Column | F::Sortable, QStringLiteral("customers")),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListSpecs", "Site or plant"),
             F::Required | F::Unique | F::Column | F::Sortable | F::Search),
        longText(QStringLiteral("address"), QT_TRANSLATE_NOOP("ListSpecs", "Address"), F::Column | F::Search,
                 500),
    };
    sites.parentField = QStringLiteral("customer_id");
    sites.display = QStringLiteral("%1.name");
    sites.defaultSort = QStringLiteral("name");
    sites.usedBy = {QStringLiteral("SELECT 1 FROM shipments WHERE site_id = ? LIMIT 1")};

    ListSpec contacts;
    contacts.id = contacts.table = QStringLiteral("contacts");
    contacts.title = QT_TRANSLATE_NOOP("ListSpecs", "Contacts");
    contacts.entryName = QT_TRANSLATE_NOOP("ListSpecs", "contact");
    contacts.fields = {
        reference(QStringLiteral("customer_id"), QT_TRANSLATE_NOOP("ListSpecs", "Customer"),
                  F::Required | F::Column | F::Sortable, QStringLiteral("customers")),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListSpecs", "Name"),
             F::Required | F::Column | F::Sortable | F::Search),
        text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("ListSpecs", "Phone"),
             F::Phone | F::Column | F::Search, 40),
        text(QStringLiteral("email"), QT_TRANSLATE_NOOP("ListSpecs", "E-mail"),
             F::Email | F::Column | F::Search),
    };
    contacts.parentField = QStringLiteral("customer_id");
    contacts.display = QStringLiteral("%1.name");
    contacts.defaultSort = QStringLiteral("name");
    return {customers, sites, contacts};
}
