#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

// The version of a record of the customer loops that people edit (a visit, an order's
// requirements): a save built on an older version than the stored one is refused with who
// changed it and when (from the audit log), instead of letting the last writer win.
class RecordVersion
{
    Q_DECLARE_TR_FUNCTIONS(RecordVersion)
public:
    RecordVersion(QSqlDatabase db, QTimeZone zone, QDateTime now);
    // Throws UserError when stored differs from the version the form was opened on.
    void require(const QString& table, qint64 id, int stored, int opened) const;
    // The next version, after a change was written.
    void bump(const QString& table, qint64 id) const;

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
    QDateTime m_now;
};
