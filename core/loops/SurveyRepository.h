#pragma once

#include "loops/Survey.h"

#include <QSqlDatabase>

#include <optional>

// Reads the surveys with their letters and findings, the customers a survey may go to and the
// figures of a year.
class SurveyRepository
{
public:
    explicit SurveyRepository(QSqlDatabase db);

    std::optional<Survey> ofYear(int year) const;
    std::optional<Survey> byId(qint64 surveyId) const;
    // Active customers, those supplied in the year first (by delivery date of a batch).
    QList<SurveyCandidate> candidates(int year) const;
    SurveyYearFigures figures(int year) const;
    // The years that have a survey, newest first.
    QList<int> years() const;
    // A customer's letter language: its own setting, else Chinese for a Chinese name.
    static QString languageOf(const QString& setting, const QString& name, const QString& nameZh);

private:
    std::optional<Survey> load(const QString& where, const QVariant& key) const;
    QSqlDatabase m_db;
};
