#pragma once

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class BulkStatement;

// Photos on a share of the sample cases (issue 17), drawn here (a leaking stem, a nameplate,
// a damaged packing ring, an actuator), never downloaded. A small set of pictures is drawn and
// stored once; each case that gets photos links one to three of them, as the same file sent
// twice is stored once. Photos are added at intake, by whoever logged the case, with the case's
// first version. Has its own random numbers, so the rest of the sample stays what its seed makes.
class SamplePhotos
{
public:
    SamplePhotos(const QSqlDatabase& db, quint32 seed, qint64 cases);
    ~SamplePhotos();
    SamplePhotos(const SamplePhotos&) = delete;
    SamplePhotos& operator=(const SamplePhotos&) = delete;

    // About one case in eight gets photos.
    void attach(qint64 caseId, const QDateTime& at, qint64 user);

private:
    struct Pooled
    {
        QString sha256;
        QString fileName;
        QString caption;
        qint64 size = 0;
    };
    QList<Pooled> m_pool;
    QRandomGenerator m_rng;
    std::unique_ptr<BulkStatement> m_link;
    std::unique_ptr<BulkStatement> m_audit;
};
