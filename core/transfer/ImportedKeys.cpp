#include "transfer/ImportedKeys.h"

#include "db/RecordWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// "5-9,12,20-22": the ids, ascending runs joined.
QString ranges(const QList<qint64>& ids)
{
    QStringList parts;
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j + 1 < ids.size() && ids.at(j + 1) == ids.at(j) + 1)
            ++j;
        parts.append(j == i ? QString::number(ids.at(i))
                            : QStringLiteral("%1-%2").arg(ids.at(i)).arg(ids.at(j)));
        i = j + 1;
    }
    return parts.join(u',');
}
} // namespace

ImportedKeys::ImportedKeys(QSqlDatabase db, const Clock& clock, qint64 userId, QString table, QString keyName,
                           QString source)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_userId(userId)
    , m_table(std::move(table))
    , m_keyName(std::move(keyName))
    , m_source(source.isEmpty() ? QStringLiteral("-") : std::move(source))
{
}

void ImportedKeys::add(qint64 id, const QString& key)
{
    m_ids.append(id);
    m_keys.append(key);
    if (m_ids.size() >= perEntry)
        write();
}

void ImportedKeys::flush()
{
    if (!m_ids.isEmpty())
        write();
}

void ImportedKeys::write()
{
    QJsonObject entry;
    entry.insert(RecordWriter::importedFromKey(), m_source);
    entry.insert(QStringLiteral("count"), static_cast<int>(m_ids.size()));
    entry.insert(QStringLiteral("ids"), ranges(m_ids));
    entry.insert(m_keyName, QJsonArray::fromStringList(m_keys));
    RecordWriter(m_db, m_userId, m_clock.now())
        .log(0, m_table, m_ids.first(), QStringLiteral("create"), QStringLiteral("imported"), {},
             QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    m_ids.clear();
    m_keys.clear();
}
