#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// R20 before supply: what an order's customer needs (the operating conditions: medium, pressure,
// temperature, and any special requirement) and the documents that go with the goods, each
// checked off when it is packed. Every order takes a certificate, a manual and a test report;
// Sales may add other documents agreed with the customer.
struct OrderDocument
{
    QString kind; // "certificate", "manual", "test_report" or "other"
    QString name; // an other document's name; empty for the three every order takes
    bool checked = false;
    QDateTime checkedAt;
    QString checkedBy;
};

struct OrderRequirement
{
    qint64 id = 0; // 0 while nothing is recorded for the order
    int version = 0;
    QString orderNo;
    QString customerName;
    QDate deliveryOn; // the first delivery of the order
    int batches = 0;
    QString medium;
    QString pressure;
    QString temperature;
    QString special;
    QList<OrderDocument> documents; // the three every order takes first, then the others
    QDateTime recordedAt;
    QString recordedBy;

    bool isRecorded() const { return id > 0; }
    int missingDocuments() const
    {
        int n = 0;
        for (const OrderDocument& d : documents)
            n += d.checked ? 0 : 1;
        return n;
    }
    bool isReady() const { return isRecorded() && missingDocuments() == 0; }
};

// What the form saves: the conditions and the documents with their check marks.
struct RequirementData
{
    QString medium;
    QString pressure;
    QString temperature;
    QString special;
    QList<OrderDocument> documents; // kind, name and checked are read
};

namespace OrderDocuments {
// The documents every order takes, in their order.
QStringList standardKinds();
} // namespace OrderDocuments
