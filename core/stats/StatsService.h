#pragma once

#include "Clock.h"
#include "deadlines/DeadlineRules.h"
#include "reports/DocumentLanguage.h"
#include "stats/OnTimeQuery.h"
#include "stats/ParetoQuery.h"
#include "stats/StatsTable.h"
#include "stats/TrendQuery.h"
#include "stats/VisitMarksQuery.h"

#include <QSqlDatabase>

// The statistics of issue 13 as tables in one language, for the window, the printed document,
// the workbook and the command line: Pareto of defects, causes, models, product lines,
// customers and responsible units (with their costs); cases received, closed and open by month
// beside the year before; the on-time share of every named deadline by deadline, owner and
// month; the customers' marks of the return visits by month, technician and agency.
// A period whose end is before its start is refused (UserError); an empty period gives a
// report without tables and with a message saying so.
class StatsService
{
public:
    StatsService(QSqlDatabase db, const Clock& clock, const QString& language);

    StatsReport pareto(const StatsFilter& filter, CaseCut cut, const ParetoOptions& options = {}) const;
    StatsReport trend(const StatsFilter& filter) const;
    StatsReport onTime(const StatsFilter& filter) const;
    StatsReport marks(const StatsFilter& filter) const;

    // "defect", "cause", "model", "line", "customer", "unit".
    static QString cutCode(CaseCut cut);
    static bool cutFromCode(const QString& code, CaseCut& cut);
    static QList<CaseCut> cuts();
    QString cutName(CaseCut cut) const; // "Defect category" ... in the language
    // The period and the filters in words.
    QString describe(const StatsFilter& filter) const;

    const DocumentLanguage& language() const { return m_language; }
    const DeadlineRules& rules() const { return m_rules; }

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;
    void check(const StatsFilter& filter) const;
    StatsReport report(const QString& title, const QString& code, const StatsFilter& filter) const;
    QString period(const StatsFilter& filter) const;
    StatsTable paretoTable(const ParetoResult& result, CaseCut cut) const;
    QList<StatsTable> onTimeTables(const OnTimeResult& result) const;
    StatsTable marksTable(const VisitMarksResult& result, VisitMarksResult::By by) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    DocumentLanguage m_language;
    DeadlineRules m_rules;
};
