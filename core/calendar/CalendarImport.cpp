#include "calendar/CalendarImport.h"

#include "calendar/CalendarService.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace {
bool hasChinese(const QString& text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

// 2026-10-01, 2026/10/1, 2026.10.1, 2026年10月1日, 20261001
QDate parseDate(const QString& text)
{
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = separated.match(text.trimmed());
    if (!m.hasMatch())
        m = compact.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// "2026-10-01..2026-10-07" and the other ways a range is written; one date gives first == last.
bool parseRange(const QString& text, QDate& first, QDate& last)
{
    static const QRegularExpression between(
        QStringLiteral("\\s*(?:\\.\\.|~|～|至|–|—|\\s-\\s|\\sto\\s)\\s*"));
    const QStringList parts = text.split(between);
    if (parts.size() > 2)
        return false;
    first = parseDate(parts.first());
    last = parts.size() == 2 ? parseDate(parts.last()) : first;
    return first.isValid() && last.isValid();
}

enum class KindWord
{
    Holiday,
    MakeUpDay,
    Unknown
};

KindWord parseKind(const QString& text)
{
    static const QStringList holiday {QStringLiteral("holiday"),   QStringLiteral("public holiday"),
                                      QStringLiteral("off"),       QStringLiteral("day off"),
                                      QStringLiteral("休"),        QStringLiteral("休息"),
                                      QStringLiteral("假"),        QStringLiteral("放假"),
                                      QStringLiteral("节假日"),    QStringLiteral("假日"),
                                      QStringLiteral("法定节假日")};
    static const QStringList makeUp {
        QStringLiteral("workday"),     QStringLiteral("working day"), QStringLiteral("make-up"),
        QStringLiteral("make-up day"), QStringLiteral("makeup"),      QStringLiteral("make-up working day"),
        QStringLiteral("work"),        QStringLiteral("班"),          QStringLiteral("上班"),
        QStringLiteral("补班"),        QStringLiteral("调休上班"),    QStringLiteral("工作日")};
    const QString word = text.simplified().toLower();
    if (holiday.contains(word))
        return KindWord::Holiday;
    if (makeUp.contains(word))
        return KindWord::MakeUpDay;
    return KindWord::Unknown;
}

// One line of a delimited file, with "quoted, fields" and "" inside quotes.
QStringList splitFields(const QString& line, QChar delimiter)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field.trimmed());
    return fields;
}

QString unescapeText(QString value)
{
    value.replace(QStringLiteral("\\n"), QStringLiteral(" "), Qt::CaseInsensitive);
    value.replace(QStringLiteral("\\,"), QStringLiteral(","));
    value.replace(QStringLiteral("\\;"), QStringLiteral(";"));
    value.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    return value.simplified();
}

bool saysMakeUpDay(const QString& summary)
{
    static const QRegularExpression english(QStringLiteral("\\b(work(ing)?\\s*day|make-?up)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return summary.contains(QStringLiteral("补班")) || summary.contains(QStringLiteral("上班"))
        || summary.endsWith(u'班') || summary.contains(QStringLiteral("(班)"))
        || summary.contains(QStringLiteral("（班）")) || english.match(summary).hasMatch();
}
} // namespace

CalendarFile CalendarImport::readFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > maxFileBytes)
        return {{},
                {tr("%1 is too large to be a calendar (%2 KB). Choose the file of one year's holidays.")
                     .arg(name)
                     .arg(file.size() / 1024)}};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {tr("%1 cannot be read: %2").arg(name, file.errorString())}};
    return parse(file.readAll());
}

QString CalendarImport::decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xff\xfe"))
        return QStringDecoder(QStringDecoder::Utf16LE).decode(bytes.mid(2));
    if (bytes.startsWith("\xfe\xff"))
        return QStringDecoder(QStringDecoder::Utf16BE).decode(bytes.mid(2));
    const QByteArray body = bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(body);
    if (!utf8.hasError())
        return text;
    // What Excel and Notepad save on a Chinese Windows.
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        const QString chinese = gb18030.decode(body);
        if (!gb18030.hasError())
            return chinese;
    }
    return text;
}

CalendarFile CalendarImport::parse(const QByteArray& bytes)
{
    const QByteArray start = bytes.left(64).trimmed();
    CalendarFile file;
    if (start.startsWith('{') || start.startsWith('['))
        file = parseJson(bytes);
    else {
        const QString text = decode(bytes);
        file = text.trimmed().startsWith(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive)
            ? parseICalendar(text)
            : parseText(text);
    }
    if (file.days.isEmpty() && file.problems.isEmpty())
        file.problems.append(tr("The file has no holidays or make-up working days in it."));
    std::sort(file.days.begin(), file.days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return file;
}

void CalendarImport::addRange(CalendarFile& file, QSet<QDate>& seen, int line, const QDate& first,
                              const QDate& last, CalendarDay::Kind kind, const QString& name,
                              const QString& nameZh)
{
    const QString where = line > 0 ? tr("Line %1").arg(line) : QString();
    if (last < first) {
        file.problems.append(tr("%1: the last day is before the first day.").arg(where));
        return;
    }
    if (first.daysTo(last) >= CalendarService::maxDaysAtOnce) {
        file.problems.append(tr("%1: more than %2 days in a row; check the dates.")
                                 .arg(where)
                                 .arg(CalendarService::maxDaysAtOnce));
        return;
    }
    if (name.isEmpty() && nameZh.isEmpty()) {
        file.problems.append(tr("%1: the day has no name.").arg(where));
        return;
    }
    if (name.size() > CalendarService::maxNameLength || nameZh.size() > CalendarService::maxNameLength) {
        file.problems.append(
            tr("%1: the name is longer than %2 characters.").arg(where).arg(CalendarService::maxNameLength));
        return;
    }
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (seen.contains(d)) {
            file.problems.append(tr("%1: %2 is in the file twice.").arg(where, d.toString(Qt::ISODate)));
            return;
        }
        seen.insert(d);
        CalendarDay day;
        day.date = d;
        day.kind = kind;
        day.name = name;
        day.nameZh = nameZh;
        file.days.append(day);
    }
}

CalendarFile CalendarImport::parseText(const QString& text)
{
    CalendarFile file;
    QSet<QDate> seen;
    const QStringList lines = text.split(u'\n');
    QChar delimiter;
    bool firstData = true;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (delimiter.isNull())
            delimiter = line.contains(u'\t') ? QChar(u'\t') : line.contains(u';') ? QChar(u';') : QChar(u',');
        QStringList fields = splitFields(line, delimiter);
        const int number = i + 1;
        QDate first;
        QDate last;
        const bool dated = parseRange(fields.value(0), first, last);
        const bool header
            = firstData && !dated && !fields.value(0).contains(QRegularExpression(QStringLiteral("\\d")));
        firstData = false;
        if (header)
            continue;
        if (!dated) {
            file.problems.append(tr("Line %1: “%2” is not a date. Write dates as 2026-10-01, a range as "
                                    "2026-10-01..2026-10-07.")
                                     .arg(number)
                                     .arg(fields.value(0)));
            continue;
        }
        fields.removeFirst();
        if (const QDate to = parseDate(fields.value(0)); to.isValid() && first == last) {
            last = to;
            fields.removeFirst();
        }
        const KindWord kind = parseKind(fields.value(0));
        if (kind == KindWord::Unknown) {
            file.problems.append(tr("Line %1: “%2” is neither a holiday nor a make-up working day. Write "
                                    "holiday or workday (休 or 班).")
                                     .arg(number)
                                     .arg(fields.value(0)));
            continue;
        }
        QString name = fields.value(1).simplified();
        QString nameZh = fields.value(2).simplified();
        if (nameZh.isEmpty() && hasChinese(name))
            std::swap(name, nameZh);
        addRange(file, seen, number, first, last,
                 kind == KindWord::Holiday ? CalendarDay::Kind::Holiday : CalendarDay::Kind::MakeUpDay, name,
                 nameZh);
    }
    return file;
}

CalendarFile CalendarImport::parseICalendar(const QString& text)
{
    // Long lines are folded: a line that starts with a space or a tab continues the one before.
    QList<QPair<int, QString>> lines;
    const QStringList raw = text.split(u'\n');
    for (int i = 0; i < raw.size(); ++i) {
        QString line = raw.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !lines.isEmpty())
            lines.last().second += line.mid(1);
        else
            lines.append({i + 1, line});
    }
    CalendarFile file;
    QSet<QDate> seen;
    int eventLine = 0;
    QString start, end, summary;
    bool repeats = false;
    for (const auto& [number, line] : lines) {
        const int colon = line.indexOf(u':');
        const QString name = line.left(colon).section(u';', 0, 0).trimmed().toUpper();
        const QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
        if (name == QLatin1String("BEGIN")
            && value.compare(QLatin1String("VEVENT"), Qt::CaseInsensitive) == 0) {
            eventLine = number;
            start.clear();
            end.clear();
            summary.clear();
            repeats = false;
        } else if (eventLine == 0) {
            continue;
        } else if (name == QLatin1String("DTSTART")) {
            start = value;
        } else if (name == QLatin1String("DTEND")) {
            end = value;
        } else if (name == QLatin1String("SUMMARY")) {
            summary = unescapeText(value);
        } else if (name == QLatin1String("RRULE")) {
            repeats = true;
        } else if (name == QLatin1String("END")) {
            const QDate first = parseDate(start.left(8));
            if (repeats) {
                file.problems.append(tr("Line %1: “%2” repeats; enter the days of each year one by one.")
                                         .arg(eventLine)
                                         .arg(summary));
            } else if (!first.isValid()) {
                file.problems.append(tr("Line %1: the event “%2” has no day.").arg(eventLine).arg(summary));
            } else {
                // An all-day event ends the day after its last day; a timed one on its last day.
                QDate last = end.isEmpty() ? first : parseDate(end.left(8));
                if (end.size() == 8 || end.mid(8, 7) == QLatin1String("T000000"))
                    last = last.addDays(-1);
                if (last < first)
                    last = first;
                const bool chinese = hasChinese(summary);
                addRange(file, seen, eventLine, first, last,
                         saysMakeUpDay(summary) ? CalendarDay::Kind::MakeUpDay : CalendarDay::Kind::Holiday,
                         chinese ? QString() : summary, chinese ? summary : QString());
            }
            eventLine = 0;
        }
    }
    return file;
}

CalendarFile CalendarImport::parseJson(const QByteArray& bytes)
{
    CalendarFile file;
    QSet<QDate> seen;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isNull()) {
        file.problems.append(
            tr("The file is not a calendar QualityLoop can read: %1.").arg(error.errorString()));
        return file;
    }
    const QJsonArray entries
        = document.isArray() ? document.array() : document.object().value(QLatin1String("days")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QDate date = parseDate(entry.value(QLatin1String("date")).toString());
        const QString where = tr("Entry %1").arg(i + 1);
        if (!date.isValid() || !entry.value(QLatin1String("isOffDay")).isBool()) {
            file.problems.append(
                tr("%1: a day needs a “date” (2026-10-01) and “isOffDay” (true or false).").arg(where));
            continue;
        }
        const QString name = entry.value(QLatin1String("name")).toString().simplified();
        const bool chinese = hasChinese(name);
        const int before = static_cast<int>(file.problems.size());
        addRange(file, seen, 0, date, date,
                 entry.value(QLatin1String("isOffDay")).toBool() ? CalendarDay::Kind::Holiday
                                                                 : CalendarDay::Kind::MakeUpDay,
                 chinese ? QString() : name, chinese ? name : QString());
        if (file.problems.size() > before)
            file.problems.last().prepend(where);
    }
    return file;
}
