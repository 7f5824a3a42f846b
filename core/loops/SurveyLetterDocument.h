#pragma once

#include "loops/Survey.h"
#include "reports/ReportDocument.h"
#include "reports/ReportOptions.h"

#include <QSqlDatabase>

class DocumentContext;

// R18 the year-end survey letter to one customer (mail merge): on the company's letterhead, to
// the customer and its contact, asking how satisfied they were with the quality of the products
// and with the delivery dates, with a reply form (a score of 1 to 5 for each, room for comments)
// to send back by the reply day. One page per letter.
class SurveyLetterDocument
{
public:
    explicit SurveyLetterDocument(const DocumentContext& context);
    ReportDocument build(const Survey& s, const SurveyLetter& letter) const;
    // The letters of a year's survey, one per customer, each in the customer's language, or all
    // in options.language when forceLanguage. Throws UserError when the year has no survey.
    static QList<ReportDocument> ofYear(const QSqlDatabase& db, int year, const ReportOptions& options,
                                        bool forceLanguage);

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;
    const DocumentContext& m_context;
};
