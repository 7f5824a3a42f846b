#include "stats/Pareto.h"

#include <algorithm>

QList<ParetoRow> Pareto::build(QList<ParetoItem> items, const ParetoOptions& options,
                               const QString& otherLabel)
{
    const auto valueOf = [&options](const ParetoItem& i) {
        return options.byCost ? static_cast<double>(i.cost.total(options.labourRate))
                              : static_cast<double>(i.count);
    };
    std::sort(items.begin(), items.end(), [&](const ParetoItem& a, const ParetoItem& b) {
        const double va = valueOf(a);
        const double vb = valueOf(b);
        return va != vb ? va > vb : a.label.localeAwareCompare(b.label) < 0;
    });
    QList<ParetoRow> rows;
    const int topN = std::max(1, options.topN);
    // One category left over is shown as itself, not as an "Other" of one.
    const qsizetype shown = items.size() > topN + 1 ? topN : items.size();
    double sum = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ParetoItem& item = items.at(i);
        sum += valueOf(item);
        if (i < shown) {
            ParetoRow row;
            row.label = item.label;
            row.keys = {item.key};
            row.count = item.count;
            row.cost = item.cost;
            row.value = valueOf(item);
            rows.append(row);
            continue;
        }
        if (i == shown) {
            ParetoRow other;
            other.label = otherLabel;
            other.other = true;
            for (const ParetoRow& r : std::as_const(rows))
                other.keys.append(r.keys.first());
            rows.append(other);
        }
        ParetoRow& other = rows.last();
        other.count += item.count;
        other.cost.add(item.cost);
        other.value += valueOf(item);
    }
    double running = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ParetoRow& row = rows[i];
        row.vital = running < vitalShare && row.value > 0;
        row.percent = sum > 0 ? 100.0 * row.value / sum : 0;
        running += row.percent;
        row.cumulative = i + 1 == rows.size() ? 100.0 : std::min(100.0, running);
    }
    return rows;
}
