#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// The Chinese names of the company's reference lists (units, grades, defect categories and
// causes, stored beside the English ones as name_zh), for showing a stored item in Chinese.
// An item without a Chinese name keeps the name it was stored with.
class ReferenceNames
{
public:
    enum class List
    {
        Units,
        Grades,
        DefectCategories,
        DefectCauses
    };

    ReferenceNames() = default; // no Chinese names: every name stays as stored
    static ReferenceNames loadChinese(const QSqlDatabase& db);

    QString name(List list, qint64 id, const QString& stored) const;

private:
    QHash<qint64, QString> m_names[4];
};
