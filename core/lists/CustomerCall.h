#pragma once

#include "Clock.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// What a clerk learns of a new customer on the phone; the office completes the rest later.
struct CallCustomer
{
    QString name;
    QString nameZh;
    QString region;
    QString address;
    QString contactName; // no contact when empty
    QString contactPhone;
    QString contactEmail;
};

struct CallCustomerAdded
{
    qint64 customerId = 0;
    qint64 contactId = 0; // 0 when no contact was given
    QString code; // the code given to the customer
};

// A new customer or contact during a call (issue 11, item 3): Sales may add them without
// leaving the intake form; a customer added this way is marked "to be completed by the office"
// and shows in the office's list of customers to complete. Written through ListService, so it
// is checked and audited like any other entry. Field errors use the keys of CallCustomer:
// name, nameZh, region, address, contactName, contactPhone, contactEmail.
class CustomerCall
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCall)
public:
    CustomerCall(QSqlDatabase db, const Clock& clock);

    CallCustomerAdded addCustomer(const User& actor, const CallCustomer& customer);
    // A new contact of a known customer; returns its id.
    qint64 addContact(const User& actor, qint64 customerId, const QString& name, const QString& phone,
                      const QString& email);
    // How many customers wait for the office to complete them.
    qint64 toCompleteCount() const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};
