#pragma once

#include "SaverProcess.h"

#include <QHash>
#include <QSet>
#include <QStringList>

// What every saving process of a test was told was saved, and what the file holds afterwards.
struct LedgerReport
{
    int acknowledged = 0; // cases whose logCase returned
    int acknowledgedSent = 0; // of them, cases whose sendToQuality returned too
    int found = 0; // acknowledged cases in the file with their number (and sent when acknowledged so)
    qint64 casesInFile = 0;
    QStringList missing; // acknowledged, not in the file as acknowledged: lost saves
    QStringList duplicates; // one number given to two cases (in the file, or in two acknowledgements)
    QString integrity; // PRAGMA integrity_check
    bool ok() const
    {
        return missing.isEmpty() && duplicates.isEmpty() && integrity == QLatin1String("ok")
            && found == acknowledged;
    }
    QString summary() const;
};

class AckLedger
{
public:
    void add(const QList<Ack>& acks);
    int acknowledged() const { return static_cast<int>(m_logged.size()); }
    // Opens the file with core's Database, as the window does on its next start, and checks it.
    LedgerReport check(const QString& path) const;

private:
    QHash<qint64, QString> m_logged; // case id -> number
    QSet<qint64> m_sent;
    QStringList m_conflicts; // the same id or number acknowledged for two different cases
    QHash<QString, qint64> m_idOfNumber;
};
