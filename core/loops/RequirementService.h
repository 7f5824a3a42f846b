#pragma once

#include "Clock.h"
#include "domain/User.h"
#include "loops/LoopSettings.h"
#include "loops/OrderRequirement.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// R20 before supply: Sales records an order's requirements and operating conditions and checks
// off the documents that go with the goods. Anyone may read them (intake shows them for the
// serial number reported); only Sales changes them (LoopRules), on the version the form was
// opened on, in one transaction with its audit entries. Orders are those of the list of orders
// and batches (shipments).
class RequirementService
{
    Q_DECLARE_TR_FUNCTIONS(RequirementService)
public:
    RequirementService(QSqlDatabase db, const Clock& clock);

    // The order's requirements (id 0 when none are recorded yet, with the three documents every
    // order takes, unchecked). Throws UserError when there is no such order.
    OrderRequirement load(const QString& orderNo) const;
    // The requirements of the order a serial number was delivered in; none when the serial is
    // unknown or its order has nothing recorded.
    std::optional<OrderRequirement> ofSerial(const QString& serialNo) const;
    // Records or changes them; version is that of load() when the form opened. Returns the id.
    qint64 save(const User& user, const QString& orderNo, int version, const RequirementData& data);
    // The orders delivered from `from` on (the first delivery of each), those not recorded or
    // with documents still to check first when openOnly, by delivery day then order number;
    // paged by key: after the order (afterDay, afterOrder) of the page before.
    QList<OrderRequirement> orders(const QDate& from, const QDate& to, bool openOnly, const QDate& afterDay,
                                   const QString& afterOrder, int limit) const;
    // The orders an entry of the lists leads to (R20 from the lists window): a batch's order
    // ("shipments"), a serial number's order ("serials"), a customer's orders, the latest
    // delivered first, at most limit ("customers"). Empty for another list.
    QStringList ordersOf(const QString& listId, qint64 entryId, int limit) const;
    // The window of the queue: from today to loops.supply_notice_days ahead.
    QDate noticeUntil() const;

private:
    void fillDocuments(OrderRequirement& r) const;
    QSqlDatabase m_db;
    const Clock& m_clock;
    LoopSettings m_settings;
};
