#include "db/ServerText.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>

namespace {
bool isNullValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The end (one past) of the quoted text, comment or dollar-quoted text starting at i, or i when
// none starts there.
qsizetype skipQuoted(const QString& sql, qsizetype i)
{
    const qsizetype n = sql.size();
    const QChar c = sql.at(i);
    const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
    if (c == u'\'' || c == u'"') {
        // E'...' strings take backslash escapes.
        const bool escapes = c == u'\'' && i > 0 && (sql.at(i - 1) == u'E' || sql.at(i - 1) == u'e')
            && (i < 2 || !isWordChar(sql.at(i - 2)));
        qsizetype j = i + 1;
        while (j < n && sql.at(j) != c) {
            if (escapes && sql.at(j) == u'\\')
                ++j;
            ++j;
        }
        return std::min(j + 1, n); // a doubled quote is read as two quoted texts side by side
    }
    if (c == u'-' && next == u'-') {
        const qsizetype end = sql.indexOf(u'\n', i);
        return end < 0 ? n : end + 1;
    }
    if (c == u'/' && next == u'*') {
        const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
        return end < 0 ? n : end + 2;
    }
    if (c == u'$' && (i == 0 || !isWordChar(sql.at(i - 1)))) {
        qsizetype j = i + 1;
        while (j < n && (sql.at(j).isLetter() || sql.at(j) == u'_'))
            ++j;
        if (j < n && sql.at(j) == u'$') {
            const QString tag = sql.mid(i, j - i + 1);
            const qsizetype end = sql.indexOf(tag, j + 1);
            return end < 0 ? n : end + tag.size();
        }
    }
    return i;
}
} // namespace

QString ServerText::literal(const QSqlDriver& driver, const QVariant& value)
{
    QSqlField field;
    field.setMetaType(value.metaType());
    if (isNullValue(value))
        field.clear();
    else
        field.setValue(value);
    QString text = driver.formatValue(field);
    // After a minus of the statement a negative number would start a comment ("- -1" vs "--1").
    if (text.startsWith(u'-'))
        text = u'(' + text + u')';
    return text;
}

std::optional<QString> ServerText::withValues(const QSqlDriver& driver, const QString& sql,
                                              const QVariantList& values)
{
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    qsizetype used = 0;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const qsizetype skipped = skipQuoted(sql, i);
        if (skipped > i) {
            out += QStringView(sql).mid(i, skipped - i);
            i = skipped;
            continue;
        }
        if (sql.at(i) == u'?') {
            if (used == values.size())
                return std::nullopt;
            out += literal(driver, values.at(used++));
        } else {
            out += sql.at(i);
        }
        ++i;
    }
    if (used != values.size())
        return std::nullopt;
    return out;
}
