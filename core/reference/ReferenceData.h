#pragma once

#include "domain/QualityCase.h"
#include "reference/ReferenceNames.h"
#include "reference/ReferenceTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Reads and adds the company's reference lists: customers, products, shipments and serial
// numbers, responsible units, defect lists, grades, service agencies and technicians.
// What is offered for new cases is the active entries only; a case keeps showing an entry
// deactivated since (lists/ListService keeps the lists; the add functions here serve sample
// data and tests, unchecked and unaudited).
// Units, grades (with their rules) and defect lists come as stored (English), or in Chinese
// where the list has a Chinese text once setDisplayLanguage("zh_CN") was called: the window
// does that for what it shows; the workflow and sample data never do.
class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)
public:
    explicit ReferenceData(QSqlDatabase db);

    QList<Grade> grades() const; // the active ones
    std::optional<Grade> grade(qint64 id) const; // active or not
    // Whether an entry of a list table (customers, product_models, grades ...) exists and is active.
    bool isActive(const QString& table, qint64 id) const;
    QList<NamedItem> units() const;
    qint64 unitId(const QString& code) const; // 0 when unknown
    QList<NamedItem> defectCategories() const;
    QList<NamedItem> defectCauses() const;
    QList<NamedItem> serviceAgencies() const;
    QList<NamedItem> productModels() const;
    // Customers whose name contains the text, for completion; at most limit rows.
    QList<NamedItem> customers(const QString& containing, int limit = 20) const;
    // Contacts of a customer, for completion on the intake form; code holds the phone number.
    QList<NamedItem> contacts(qint64 customerId) const;
    std::optional<SerialInfo> serial(const QString& serialNo) const;
    // Technicians of an agency (all when agencyId is 0), those who know the line first.
    QList<Technician> technicians(qint64 agencyId, const QString& productLine) const;
    // The same for planning a case (R19): those with a valid training for the model or its line
    // first, then those who know the model or line, then the others; each with its training.
    QList<Technician> techniciansFor(qint64 agencyId, const QString& productLine, qint64 modelId,
                                     const QDate& today) const;
    // The language of the names and rules returned from now on ("en", "zh_CN").
    void setDisplayLanguage(const QString& code) { m_chinese = code.startsWith(QLatin1String("zh")); }
    // A stored reference item's name in the display language (for names read with a case).
    QString localName(ReferenceNames::List list, qint64 id, const QString& stored) const;
    // The names of the reference items of a case (units, grade, defect) in the display language,
    // for showing it; the ids stay, so what is saved does not change.
    void localize(QualityCase& c) const;
    QString setting(const QString& key, const QString& fallback = {}) const;
    void setSetting(const QString& key, const QString& value) const;

    qint64 addCustomer(const QString& name, bool keyCustomer, const QString& address,
                       const QString& region) const;
    qint64 addContact(qint64 customerId, const QString& name, const QString& phone,
                      const QString& email) const;
    qint64 addProductModel(const QString& code, const QString& name, const QString& productLine) const;
    qint64 addShipment(const QString& orderNo, const QString& batchNo, qint64 customerId,
                       const QDateTime& shippedAt) const;
    void addSerial(const QString& serialNo, qint64 shipmentId, qint64 modelId) const;
    qint64 addServiceAgency(const QString& name, const QString& region, const QString& phone) const;
    qint64 addTechnician(qint64 agencyId, const QString& name, const QString& phone,
                         const QStringList& productLines) const;

private:
    bool chinese() const { return m_chinese; }
    QList<NamedItem> namedList(const QString& sql) const;
    QSqlDatabase m_db;
    bool m_chinese = false;
    mutable std::optional<ReferenceNames> m_chineseNames; // read at the first Chinese name
};
