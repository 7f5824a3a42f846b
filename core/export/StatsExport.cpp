#include "export/StatsExport.h"

#include "export/CsvWriter.h"
#include "export/XlsxBook.h"

#include <QFileInfo>

#include <memory>
#include <vector>

namespace {
constexpr lxw_color_t barColour = 0x2F6FB0;
constexpr lxw_color_t accentColour = 0xC0502A;
constexpr lxw_color_t lineColour = 0x1F3B57;

struct Formats
{
    lxw_format* title;
    lxw_format* header;
    lxw_format* count;
    lxw_format* percent;
    lxw_format* money;
    lxw_format* decimal;
    lxw_format* vital;
    lxw_format* note;
};

Formats formats(lxw_workbook* book)
{
    Formats f {};
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xEEF1F4);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    f.count = workbook_add_format(book);
    format_set_num_format(f.count, "#,##0");
    f.percent = workbook_add_format(book);
    format_set_num_format(f.percent, "0.0%");
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, "#,##0.00");
    f.decimal = workbook_add_format(book);
    format_set_num_format(f.decimal, "0.0");
    f.vital = workbook_add_format(book);
    format_set_bold(f.vital);
    format_set_font_color(f.vital, accentColour);
    f.note = workbook_add_format(book);
    format_set_italic(f.note);
    format_set_font_color(f.note, 0x555D66);
    return f;
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

// Writes the table from headerRow on; numbers as numbers (percentages as fractions shown as %).
void writeTable(lxw_worksheet* sheet, const StatsReport& report, const StatsTable& t, const Formats& f)
{
    using K = StatsTable::Kind;
    worksheet_write_string(sheet, 0, 0, utf8(report.title + QStringLiteral(" — ") + t.title).constData(),
                           f.title);
    worksheet_write_string(sheet, 1, 0, utf8(report.subtitle).constData(), nullptr);
    const int top = StatsExport::headerRow;
    for (int c = 0; c < t.columnCount(); ++c) {
        worksheet_write_string(sheet, top, c, utf8(t.header.at(c)).constData(), f.header);
        worksheet_set_column(sheet, c, c, c == 0 ? 30 : 13, nullptr);
    }
    for (int r = 0; r < t.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(top + 1 + r);
        for (int c = 0; c < t.columnCount(); ++c) {
            const QVariant v = t.rows.at(r).value(c);
            if (!v.isValid() || v.isNull())
                continue;
            switch (t.kinds.value(c)) {
            case K::Text:
                worksheet_write_string(sheet, row, c, utf8(v.toString()).constData(),
                                       c == 0 && t.highlighted.value(r) ? f.vital : nullptr);
                break;
            case K::Count:
                worksheet_write_number(sheet, row, c, v.toDouble(), f.count);
                break;
            case K::Percent:
                worksheet_write_number(sheet, row, c, v.toDouble() / 100.0, f.percent);
                break;
            case K::Money:
                worksheet_write_number(sheet, row, c, t.number(r, c), f.money);
                break;
            case K::Hours:
            case K::Average:
                worksheet_write_number(sheet, row, c, v.toDouble(), f.decimal);
                break;
            }
        }
    }
    if (!t.note.isEmpty())
        worksheet_write_string(sheet, static_cast<lxw_row_t>(top + 2 + t.rows.size()), 0,
                               utf8(t.note).constData(), f.note);
    worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(top + 1), 1);
}

// The native chart(s) beside the table.
void addCharts(XlsxBook& book, lxw_worksheet* sheet, const QByteArray& sheetName, const StatsTable& t,
               std::vector<std::unique_ptr<lxw_chart_point>>& points,
               std::vector<std::unique_ptr<lxw_chart_fill>>& fills,
               std::vector<std::vector<lxw_chart_point*>>& pointLists)
{
    if (t.chart.kind == StatsChart::Kind::None || t.rows.isEmpty())
        return;
    const auto first = static_cast<lxw_row_t>(StatsExport::headerRow + 1);
    const auto last = static_cast<lxw_row_t>(StatsExport::headerRow + t.rows.size());
    const auto column = static_cast<lxw_col_t>(t.columnCount() + 1);
    uint8_t type = LXW_CHART_COLUMN;
    if (t.chart.kind == StatsChart::Kind::Stacked)
        type = LXW_CHART_COLUMN_STACKED;
    else if (t.chart.kind == StatsChart::Kind::Lines)
        type = LXW_CHART_LINE;
    lxw_chart* chart = workbook_add_chart(book.book(), type);
    for (const int c : t.chart.valueColumns) {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, sheetName.constData(), first, 0, last, 0);
        chart_series_set_values(series, sheetName.constData(), first, static_cast<lxw_col_t>(c), last,
                                static_cast<lxw_col_t>(c));
        chart_series_set_name_range(series, sheetName.constData(), StatsExport::headerRow,
                                    static_cast<lxw_col_t>(c));
        if (t.chart.kind == StatsChart::Kind::Pareto) {
            // The vital few in the accent colour, bar by bar.
            auto bar = std::make_unique<lxw_chart_fill>(lxw_chart_fill {barColour, 0, 0});
            auto vital = std::make_unique<lxw_chart_fill>(lxw_chart_fill {accentColour, 0, 0});
            std::vector<lxw_chart_point*> list;
            for (int r = 0; r < t.rows.size(); ++r) {
                points.push_back(std::make_unique<lxw_chart_point>(
                    lxw_chart_point {nullptr, t.highlighted.value(r) ? vital.get() : bar.get(), nullptr}));
                list.push_back(points.back().get());
            }
            list.push_back(nullptr);
            pointLists.push_back(std::move(list));
            chart_series_set_points(series, pointLists.back().data());
            fills.push_back(std::move(bar));
            fills.push_back(std::move(vital));
        }
    }
    chart_title_set_name(chart, utf8(t.title).constData());
    chart_axis_set_name(chart->y_axis, utf8(t.chart.valueTitle).constData());
    if (t.chart.percentScale) {
        chart_axis_set_max(chart->y_axis, 1.0);
        chart_axis_set_num_format(chart->y_axis, "0%");
    } else if (t.chart.scaleMax > 0) {
        chart_axis_set_max(chart->y_axis, t.chart.scaleMax);
    }
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options place {};
    place.x_scale = 1.6;
    place.y_scale = 1.3;
    worksheet_insert_chart_opt(sheet, StatsExport::headerRow, column, chart, &place);
    if (t.chart.kind != StatsChart::Kind::Pareto || t.chart.cumulativeColumn < 0)
        return;
    // The cumulative percentage: a chart of its own on a 0-100 % scale, right under the bars.
    lxw_chart* line = workbook_add_chart(book.book(), LXW_CHART_LINE);
    lxw_chart_series* cumulative = chart_add_series(line, nullptr, nullptr);
    const auto c = static_cast<lxw_col_t>(t.chart.cumulativeColumn);
    chart_series_set_categories(cumulative, sheetName.constData(), first, 0, last, 0);
    chart_series_set_values(cumulative, sheetName.constData(), first, c, last, c);
    chart_series_set_name_range(cumulative, sheetName.constData(), StatsExport::headerRow, c);
    lxw_chart_line ink {};
    ink.color = lineColour;
    ink.width = 2.25;
    chart_series_set_line(cumulative, &ink);
    chart_title_set_name(line, utf8(t.header.value(t.chart.cumulativeColumn)).constData());
    chart_axis_set_min(line->y_axis, 0);
    chart_axis_set_max(line->y_axis, 1.0);
    chart_axis_set_num_format(line->y_axis, "0%");
    chart_legend_set_position(line, LXW_CHART_LEGEND_NONE);
    worksheet_insert_chart_opt(sheet, static_cast<lxw_row_t>(StatsExport::headerRow + 22), column, line,
                               &place);
}
} // namespace

QString StatsExport::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv") ? suffix : QString();
}

QString StatsExport::writeXlsx(const StatsReport& report, const QString& path)
{
    XlsxBook book(path, false);
    if (!book.isOpen())
        return tr("Cannot write “%1”.").arg(path);
    const Formats f = formats(book.book());
    std::vector<std::unique_ptr<lxw_chart_point>> points;
    std::vector<std::unique_ptr<lxw_chart_fill>> fills;
    std::vector<std::vector<lxw_chart_point*>> pointLists;
    pointLists.reserve(static_cast<size_t>(report.tables.size()) * 8);
    if (report.tables.isEmpty()) {
        lxw_worksheet* sheet = book.addSheet(report.title);
        worksheet_write_string(sheet, 0, 0, utf8(report.title).constData(), f.title);
        worksheet_write_string(sheet, 1, 0, utf8(report.subtitle).constData(), nullptr);
        worksheet_write_string(sheet, 3, 0, utf8(report.message).constData(), nullptr);
    }
    for (const StatsTable& t : report.tables) {
        const QString name = book.sheetName(t.sheet.isEmpty() ? t.title : t.sheet);
        const QByteArray sheetName = utf8(name);
        lxw_worksheet* sheet = workbook_add_worksheet(book.book(), sheetName.constData());
        writeTable(sheet, report, t, f);
        addCharts(book, sheet, sheetName, t, points, fills, pointLists);
    }
    return book.close();
}

QString StatsExport::writeCsv(const StatsTable& table, const QString& path, int columns)
{
    const int n = columns < 0 ? table.columnCount() : std::min(columns, table.columnCount());
    CsvWriter csv(path);
    if (!csv.isOpen())
        return csv.error();
    csv.writeRow(table.header.mid(0, n));
    for (int r = 0; r < table.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < n; ++c) {
            const QVariant v = table.rows.at(r).value(c);
            if (!v.isValid() || v.isNull()) {
                cells.append(QString());
                continue;
            }
            switch (table.kinds.value(c)) {
            case StatsTable::Kind::Text:
                cells.append(v.toString());
                break;
            case StatsTable::Kind::Count:
                cells.append(QString::number(v.toLongLong()));
                break;
            case StatsTable::Kind::Percent:
            case StatsTable::Kind::Money:
            case StatsTable::Kind::Hours:
            case StatsTable::Kind::Average:
                cells.append(QString::number(table.number(r, c), 'f', 2));
                break;
            }
        }
        csv.writeRow(cells);
    }
    return csv.commit();
}
