#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A column of an import or export file: its name in the header line (the same in every
// language, so a file exported in Chinese imports in English), the field it fills, and its label
// for people (the lists' own labels, or the cases' in context TransferKinds).
struct TransferColumn
{
    QString name; // "customer"
    QString field; // "customer_id": the ListSpec field, or the cases column
    const char* label = ""; // source text
    const char* labelContext = "ListSpecs";
    bool required = false; // the file must have this column

    QString labelText() const; // translated
};

// What `qualityloop-cli import KIND` and Administration > Import… take in and export writes:
// customers, contacts, models, serials, agencies, technicians (each into the list of that name)
// and past cases.
struct TransferKind
{
    QString id; // "customers"
    const char* title = ""; // context TransferKinds
    QString listId; // the ListSpec its rows go into; empty for cases
    // The column that names an entry ("code", "serial_no", "number"): a row whose key is already
    // in the database updates that entry or is refused (ImportOptions::onExisting), and a key
    // may appear once in a file. Contacts have none: a customer and a name name a contact.
    QString keyColumn;
    QList<TransferColumn> columns;

    QStringList header() const;
    const TransferColumn* column(const QString& name) const;
    const TransferColumn* columnOfField(const QString& field) const;
    QString titleText() const;
};

class TransferKinds
{
    Q_DECLARE_TR_FUNCTIONS(TransferKinds)
public:
    // In the order a new company imports them (a serial needs its model and customer).
    static const QList<TransferKind>& all();
    static const TransferKind* find(const QString& id);
    static QStringList ids();
    static QString translated(const char* context, const char* source);
};
