#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

// The words for what the audit log keeps: a field's label as people say it ("Grade of the
// event", never grade_id) and a stored value as people read it (names for ids, times in the
// company's time zone, Yes and No), in the language of the program.
class AuditWords
{
    Q_DECLARE_TR_FUNCTIONS(AuditWords)
public:
    AuditWords(QSqlDatabase db, QTimeZone zone);

    // entity is the record's table ("cases", "plans" ...), field its column.
    static QString label(const QString& entity, const QString& field);
    // A field that only says who did it (the audit row says that already) or links records.
    static bool isBookkeeping(const QString& field);
    QString value(const QString& entity, const QString& field, const QString& stored) const;
    // "2026-12-03 14:02" in the company's time zone.
    QString time(const QDateTime& at) const;
    QString unitName(qint64 unitId) const;

private:
    QString name(const QString& table, const QString& column, qint64 id) const;

    QSqlDatabase m_db;
    QTimeZone m_zone;
    bool m_chinese = false;
    mutable QHash<QString, QString> m_names; // "table:id" -> name
};
