#include "cases/SerialHistory.h"

#include "db/Sql.h"

SerialHistory::SerialHistory(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<SerialCase> SerialHistory::cases(const QString& serialNo, int limit) const
{
    QList<SerialCase> list;
    if (serialNo.trimmed().isEmpty())
        return list;
    QSqlQuery q = Sql::exec(m_db,
                            QStringLiteral("SELECT id, number, status, received_at, symptom FROM cases "
                                           "WHERE serial_no = ? ORDER BY id DESC LIMIT ?"),
                            {serialNo.trimmed(), limit});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     Sql::toTime(q.value(3)), q.value(4).toString()});
    return list;
}
