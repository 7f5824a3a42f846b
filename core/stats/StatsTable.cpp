#include "stats/StatsTable.h"

QString StatsTable::text(int row, int column, const QLocale& locale) const
{
    const QVariant value = rows.at(row).value(column);
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    switch (kinds.value(column, Kind::Text)) {
    case Kind::Text:
        return value.toString();
    case Kind::Count:
        return locale.toString(value.toLongLong());
    case Kind::Percent:
        return locale.toString(value.toDouble(), 'f', 1) + u'%';
    case Kind::Money:
        return locale.toString(static_cast<double>(value.toLongLong()) / 100.0, 'f', 2);
    case Kind::Hours:
    case Kind::Average:
        return locale.toString(value.toDouble(), 'f', 1);
    }
    return value.toString();
}

double StatsTable::number(int row, int column) const
{
    const QVariant value = rows.at(row).value(column);
    if (kinds.value(column, Kind::Text) == Kind::Money)
        return static_cast<double>(value.toLongLong()) / 100.0;
    return value.toDouble();
}

const CaseFilter* StatsTable::filter(int row, int column) const
{
    const auto it = cellFilters.constFind({row, column});
    return it == cellFilters.cend() ? nullptr : &it.value();
}
