#pragma once

#include "lists/ListField.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

// How one of the company's lists is stored, checked and shown: its table, its fields, what
// refers to its entries (so that an entry in use is never deleted), and the parent a child
// list hangs from (a customer's contacts and sites, a technician's training records).
struct ListColumn // a column the table shows beside the fields (read from other tables)
{
    const char* label = "";
    QString sql; // over alias t
};

struct ListSpec
{
    QString id; // "customers", "product_models" ... (the table's name unless one table holds two lists)
    QString table;
    const char* title = ""; // "Customers" (context ListSpecs)
    const char* entryName = ""; // "customer": used in messages
    QList<ListField> fields;
    QString parentField; // a child list: the Reference field naming the parent
    QString fixedWhere; // SQL over alias %1 that limits the table to this list
    QVariantMap fixedValues; // written with every new entry of this list
    QString display; // SQL over alias %1 naming an entry in pickers and other lists
    QString defaultSort; // field key
    QString keyField; // the field that identifies an entry for people and importers (code)
    QString codeFormat; // Generated codes: printf format of the next number ("C%05d")
    QStringList uniqueTogether; // keys no two entries share all together (order and batch)
    QList<ListColumn> extraColumns;
    QStringList usedBy; // SQL, one bound id: a row when a case or another list uses the entry
    bool hasActive = true; // has the active column (deactivate / reactivate)

    const ListField* field(const QString& key) const;
    // chinese: the Chinese name where the list has one (for the window in Chinese).
    QString displaySql(const QString& alias, bool chinese = false) const;
    QString whereSql(const QString& alias) const
    {
        return fixedWhere.isEmpty() ? QString() : fixedWhere.arg(alias);
    }
    QString label(const QString& key) const; // translated
    QString titleText() const; // translated
    QString entryText() const; // translated
};

// Every list the office keeps, in the order the lists window shows them.
class ListSpecs
{
    Q_DECLARE_TR_FUNCTIONS(ListSpecs)
public:
    static const QList<ListSpec>& all();
    static const ListSpec& get(const QString& id); // throws std::out_of_range for an unknown id
    static const ListSpec* find(const QString& id);
    static QList<const ListSpec*> children(const QString& parentId);
    static QString translated(const char* source); // translated in the context ListSpecs

    // The specs of each area, in their own files.
    static QList<ListSpec> customerLists();
    static QList<ListSpec> productLists();
    static QList<ListSpec> qualityLists();
    static QList<ListSpec> serviceLists();
};
