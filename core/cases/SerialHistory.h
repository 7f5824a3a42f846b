#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One earlier case of the same serial number, for the service history on the case view.
struct SerialCase
{
    qint64 id = 0;
    QString number;
    QString status; // status code
    QDateTime receivedAt;
    QString symptom;
};

// The service history of one serial number: every case logged for it, newest first.
class SerialHistory
{
public:
    explicit SerialHistory(QSqlDatabase db);
    QList<SerialCase> cases(const QString& serialNo, int limit = 50) const;

private:
    QSqlDatabase m_db;
};
