#include "transfer/ImportedKeys.h"

#include "db/RecordWriter.h"

#include <algorithm>

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
// A JSON string: quotes, backslashes and control characters escaped.
void appendJson(QString& out, const QString& text)
{
    out += u'"';
    // Serial numbers and codes need no escaping: appended whole.
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar c) { return c == u'"' || c == u'\\' || c.unicode() < 0x20; })) {
        out += text;
        out += u'"';
        return;
    }
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
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
    // As QJsonDocument writes it (compact, keys sorted), without building 1,000 QJsonValues.
    QString json = QStringLiteral("{\"count\":%1,\"ids\":\"%2\",").arg(m_ids.size()).arg(ranges(m_ids));
    appendJson(json, RecordWriter::importedFromKey());
    json += u':';
    appendJson(json, m_source);
    json += u',';
    appendJson(json, m_keyName);
    json += QLatin1String(":[");
    json.reserve(json.size() + m_keys.size() * (m_keys.value(0).size() + 4) + 2);
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (i > 0)
            json += u',';
        appendJson(json, m_keys.at(i));
    }
    json += QLatin1String("]}");
    RecordWriter(m_db, m_userId, m_clock.now())
        .log(0, m_table, m_ids.first(), QStringLiteral("create"), QStringLiteral("imported"), {}, json);
    m_ids.clear();
    m_keys.clear();
}
