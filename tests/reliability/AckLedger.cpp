#include "AckLedger.h"

#include "db/Database.h"
#include "db/Sql.h"

QString LedgerReport::summary() const
{
    return QStringLiteral("acknowledged %1 (sent %2), found %3, cases in the file %4, missing %5 [%6], "
                          "duplicate numbers %7 [%8], integrity %9")
        .arg(acknowledged)
        .arg(acknowledgedSent)
        .arg(found)
        .arg(casesInFile)
        .arg(missing.size())
        .arg(missing.mid(0, 10).join(QStringLiteral(", ")))
        .arg(duplicates.size())
        .arg(duplicates.mid(0, 10).join(QStringLiteral(", ")))
        .arg(integrity);
}

void AckLedger::add(const QList<Ack>& acks)
{
    for (const Ack& ack : acks) {
        const auto known = m_logged.constFind(ack.id);
        if (known != m_logged.constEnd() && *known != ack.number)
            m_conflicts.append(
                QStringLiteral("case %1 acknowledged as %2 and %3").arg(ack.id).arg(*known, ack.number));
        const auto owner = m_idOfNumber.constFind(ack.number);
        if (owner != m_idOfNumber.constEnd() && *owner != ack.id)
            m_conflicts.append(QStringLiteral("%1 acknowledged for cases %2 and %3")
                                   .arg(ack.number)
                                   .arg(*owner)
                                   .arg(ack.id));
        m_logged.insert(ack.id, ack.number);
        m_idOfNumber.insert(ack.number, ack.id);
        if (ack.step == 'S')
            m_sent.insert(ack.id);
    }
}

LedgerReport AckLedger::check(const QString& path) const
{
    LedgerReport report;
    report.acknowledged = acknowledged();
    report.acknowledgedSent = static_cast<int>(m_sent.size());
    report.duplicates = m_conflicts;
    const Database db(path);
    const QSqlDatabase c = db.connection();
    report.integrity = Sql::scalar(c, QStringLiteral("PRAGMA integrity_check")).toString();
    QSqlQuery rows = Sql::exec(c, QStringLiteral("SELECT id, number, status FROM cases"));
    QHash<qint64, QPair<QString, QString>> inFile;
    while (rows.next())
        inFile.insert(rows.value(0).toLongLong(), {rows.value(1).toString(), rows.value(2).toString()});
    report.casesInFile = inFile.size();
    for (auto it = m_logged.constBegin(); it != m_logged.constEnd(); ++it) {
        const auto row = inFile.constFind(it.key());
        const bool sent = m_sent.contains(it.key());
        if (row == inFile.constEnd() || row->first != it.value())
            report.missing.append(QStringLiteral("%1 (case %2)").arg(it.value()).arg(it.key()));
        else if (sent && row->second == QLatin1String("logged"))
            report.missing.append(QStringLiteral("%1 sent to Quality").arg(it.value()));
        else
            ++report.found;
    }
    QSqlQuery twice = Sql::exec(
        c, QStringLiteral("SELECT number, count(*) FROM cases GROUP BY number HAVING count(*) > 1"));
    while (twice.next())
        report.duplicates.append(QStringLiteral("%1 in the file %2 times")
                                     .arg(twice.value(0).toString())
                                     .arg(twice.value(1).toInt()));
    return report;
}
