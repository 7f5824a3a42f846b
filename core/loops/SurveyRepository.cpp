#include "loops/SurveyRepository.h"

#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "loops/LoopSettings.h"

#include <QRegularExpression>

int Survey::answeredCount() const
{
    return static_cast<int>(
        std::count_if(letters.cbegin(), letters.cend(), [](const SurveyLetter& l) { return l.answered(); }));
}

SurveyRepository::SurveyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SurveyRepository::languageOf(const QString& setting, const QString& name, const QString& nameZh)
{
    if (setting == QLatin1String("en") || setting == QLatin1String("zh_CN"))
        return setting;
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return !nameZh.trimmed().isEmpty() || han.match(name).hasMatch() ? QStringLiteral("zh_CN")
                                                                     : QStringLiteral("en");
}

std::optional<Survey> SurveyRepository::load(const QString& where, const QVariant& key) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT s.id, s.year, s.number, s.reply_by, s.created_at, coalesce(cu.display_name, ''), "
            "s.analysis, s.reported_at, coalesce(ru.display_name, ''), s.reviewed_at, "
            "coalesce(vu.display_name, ''), s.review_note FROM surveys s "
            "LEFT JOIN users cu ON cu.id = s.created_by LEFT JOIN users ru ON ru.id = s.reported_by "
            "LEFT JOIN users vu ON vu.id = s.reviewed_by WHERE ")
            + where,
        {key});
    if (!q.next())
        return std::nullopt;
    Survey s;
    s.id = q.value(0).toLongLong();
    s.year = q.value(1).toInt();
    s.number = q.value(2).toString();
    s.replyBy = RecordWriter::storedDate(q.value(3));
    s.createdAt = Sql::toTime(q.value(4));
    s.createdBy = q.value(5).toString();
    s.analysis = q.value(6).toString();
    s.reportedAt = Sql::toTime(q.value(7));
    s.reportedBy = q.value(8).toString();
    s.reviewedAt = Sql::toTime(q.value(9));
    s.reviewedBy = q.value(10).toString();
    s.reviewNote = q.value(11).toString();
    q.finish();
    QSqlQuery l = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT l.id, l.customer_id, c.code, c.name, c.address, "
            "coalesce((SELECT k.name FROM contacts k WHERE k.customer_id = c.id AND k.active = 1 "
            "ORDER BY k.id LIMIT 1), ''), l.language, l.answered_on, coalesce(l.quality_score, 0), "
            "coalesce(l.delivery_score, 0), l.comments, l.recorded_at, coalesce(u.display_name, '') "
            "FROM survey_letters l JOIN customers c ON c.id = l.customer_id "
            "LEFT JOIN users u ON u.id = l.recorded_by WHERE l.survey_id = ? ORDER BY c.name, l.id"),
        {s.id});
    while (l.next()) {
        SurveyLetter letter;
        letter.id = l.value(0).toLongLong();
        letter.customerId = l.value(1).toLongLong();
        letter.customerCode = l.value(2).toString();
        letter.customerName = l.value(3).toString();
        letter.customerAddress = l.value(4).toString();
        letter.contactName = l.value(5).toString();
        letter.language = l.value(6).toString();
        letter.answeredOn = RecordWriter::storedDate(l.value(7));
        letter.qualityScore = l.value(8).toInt();
        letter.deliveryScore = l.value(9).toInt();
        letter.comments = l.value(10).toString();
        letter.recordedAt = Sql::toTime(l.value(11));
        letter.recordedBy = l.value(12).toString();
        s.letters.append(letter);
    }
    QSqlQuery f
        = Sql::exec(m_db,
                    QStringLiteral("SELECT f.id, f.finding, f.owner_unit_id, un.name, f.due_on, "
                                   "f.action_status, f.action_number, f.created_at, "
                                   "coalesce(u.display_name, '') FROM survey_findings f JOIN units un ON "
                                   "un.id = f.owner_unit_id LEFT JOIN users u ON u.id = f.created_by "
                                   "WHERE f.survey_id = ? ORDER BY f.id"),
                    {s.id});
    while (f.next())
        s.findings.append({f.value(0).toLongLong(), f.value(1).toString(), f.value(2).toLongLong(),
                           f.value(3).toString(), RecordWriter::storedDate(f.value(4)),
                           f.value(5).toString() == QLatin1String("raised"), f.value(6).toString(),
                           Sql::toTime(f.value(7)), f.value(8).toString()});
    return s;
}

std::optional<Survey> SurveyRepository::ofYear(int year) const
{
    return load(QStringLiteral("s.year = ?"), year);
}

std::optional<Survey> SurveyRepository::byId(qint64 surveyId) const
{
    return load(QStringLiteral("s.id = ?"), surveyId);
}

QList<int> SurveyRepository::years() const
{
    QList<int> years;
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT year FROM surveys ORDER BY year DESC"));
    while (q.next())
        years.append(q.value(0).toInt());
    return years;
}

QList<SurveyCandidate> SurveyRepository::candidates(int year) const
{
    // A batch delivered in the year: its day from 00:00 UTC of 1 January to the end of 31 December.
    const qint64 from = LoopSettings::dayStamp(QDate(year, 1, 1)) - 43200;
    const qint64 to = LoopSettings::dayStamp(QDate(year, 12, 31)) + 43199;
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT c.id, c.code, c.name, coalesce(c.language, ''), c.name_zh, "
                       "EXISTS (SELECT 1 FROM shipments s WHERE s.customer_id = c.id AND s.active = 1 AND "
                       "s.shipped_at BETWEEN ? AND ?) AS supplied FROM customers c WHERE c.active = 1 "
                       "ORDER BY supplied DESC, c.name, c.id"),
        {from, to});
    QList<SurveyCandidate> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     languageOf(q.value(3).toString(), q.value(2).toString(), q.value(4).toString()),
                     q.value(5).toBool()});
    return list;
}

SurveyYearFigures SurveyRepository::figures(int year) const
{
    SurveyYearFigures f;
    f.year = year;
    const QVariant id = Sql::scalar(m_db, QStringLiteral("SELECT id FROM surveys WHERE year = ?"), {year});
    if (!id.isValid())
        return f;
    f.exists = true;
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT count(*), count(answered_on), coalesce(avg(quality_score), 0), "
                       "coalesce(avg(delivery_score), 0) FROM survey_letters WHERE survey_id = ?"),
        {id});
    if (q.next()) {
        f.letters = q.value(0).toInt();
        f.answered = q.value(1).toInt();
        f.quality = q.value(2).toDouble();
        f.delivery = q.value(3).toDouble();
    }
    q.finish();
    QSqlQuery d = Sql::exec(m_db,
                            QStringLiteral("SELECT quality_score, delivery_score FROM survey_letters WHERE "
                                           "survey_id = ? AND answered_on IS NOT NULL"),
                            {id});
    while (d.next()) {
        const int quality = d.value(0).toInt();
        const int delivery = d.value(1).toInt();
        if (quality >= 1 && quality <= 5)
            ++f.qualityCounts[quality - 1];
        if (delivery >= 1 && delivery <= 5)
            ++f.deliveryCounts[delivery - 1];
    }
    return f;
}
