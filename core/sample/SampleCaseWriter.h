#pragma once

#include "deadlines/DeadlineCalculator.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

struct QualityCase;

#include <memory>

class CaseBulkWriter;
class SamplePhotos;
struct sqlite3;

// The people and lists the generated cases draw from.
struct SampleWorld
{
    QList<qint64> customers;
    QList<qint64> serialsShipment; // parallel lists: one entry per serial
    QList<QString> serials;
    QList<qint64> serialModels;
    QHash<qint64, QString> modelLines;
    QHash<qint64, QString> customerNames;
    QList<qint64> salesUsers;
    QList<qint64> qualityUsers;
    QList<qint64> units; // responsible units that get tasks
    QHash<qint64, QString> unitNames;
    qint64 techSupportUnit = 0;
    QList<QPair<qint64, qint64>> technicians; // (agency, technician)
    QList<qint64> grades;
    QHash<qint64, QPair<int, int>> gradeHours; // processing, unit reply
    QHash<qint64, int> gradeArrival;
    QList<qint64> categories;
    QList<qint64> causes;
};

// Makes up one case after another and has the case store write it whole with all its records
// and audit entries (CaseBulkWriter, the SQLite fast path).
class SampleCaseWriter
{
public:
    SampleCaseWriter(sqlite3* db, const SampleWorld& world, const DeadlineCalculator& deadlines,
                     QDateTime now, quint32 seed);
    ~SampleCaseWriter();
    void write(const QDateTime& receivedAt);
    // Stores the per-year counters so new numbers continue after the sample ones.
    void finish();
    // Photos on a share of the cases, added at intake (issue 17); none without.
    void setPhotos(SamplePhotos* photos) { m_photos = photos; }

private:
    QDateTime after(const QDateTime& t, double minHours, double maxHours);
    int pick(int size) { return static_cast<int>(m_rng.bounded(size)); }
    int skewed(int size); // 0 most often, then 1 ...
    void writeCosts(const QualityCase& c);

    const SampleWorld& m_world;
    const DeadlineCalculator& m_deadlines;
    QDateTime m_now;
    QRandomGenerator m_rng;
    QRandomGenerator m_costRng;
    std::unique_ptr<CaseBulkWriter> m_store;
    QHash<int, qint64> m_caseNumbers;
    QHash<int, qint64> m_sheetNumbers;
    qint64 m_nextCaseId = 1;
    SamplePhotos* m_photos = nullptr;
};
