#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// R17 the general manager's rounds of return visits as a list: each round with how far its
// visits have come (visited, filed), newest first, filtered by the period they fall in and by
// state, paged by key (the round's id), never by offset.
struct RoundSummary
{
    qint64 id = 0;
    QString number; // VR-2026-00001
    QString purpose;
    QDate from;
    QDate to;
    QString organiser;
    QDateTime createdAt;
    int visits = 0;
    int visited = 0; // recorded, sent or filed
    int filed = 0; // filed (a round is done when every visit is)
    bool isFiled() const { return visits > 0 && filed == visits; }
};

struct RoundFilter
{
    enum class Show
    {
        All,
        Open, // some visit not filed yet
        Filed,
    };
    Show show = Show::All;
    QDate from; // the rounds whose period overlaps from..to; invalid: no bound
    QDate to;
};

class RoundQuery
{
public:
    explicit RoundQuery(QSqlDatabase db);

    // The rounds after the one with afterId (the last of the page before; 0 for the first page).
    QList<RoundSummary> page(const RoundFilter& filter, qint64 afterId, int limit) const;
    qint64 idOfNumber(const QString& number) const; // 0 when there is none

private:
    QSqlDatabase m_db;
};
