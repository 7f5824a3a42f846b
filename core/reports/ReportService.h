#pragma once

#include "deadlines/DeadlineCalculator.h"
#include "reports/ReportDocument.h"
#include "reports/ReportOptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// The documents the product prints, made from the database: the window and the command line
// both come here. Refusals (no such case, nothing in the period, a document the case does not
// have yet) are UserErrors in the reader's language; the documents are in the language of
// ReportOptions.
class DocumentContext;
struct QualityCase;

class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
public:
    enum class CaseDocument
    {
        FeedbackSheet,
        ServiceReport,
        ReturnVisitRecord,
        FeedbackLetter
    };

    explicit ReportService(QSqlDatabase db);

    qint64 caseIdOfNumber(const QString& number) const; // throws UserError when there is none
    ReportDocument caseDocument(CaseDocument kind, qint64 caseId, const ReportOptions& options) const;
    // The documents of several cases. A case that cannot have the document (no sheet yet…)
    // fails the whole call, or, when leftOut is given, is left out with the reason added there
    // (the call fails only when no case is left).
    QList<ReportDocument> caseDocuments(CaseDocument kind, const QList<qint64>& caseIds,
                                        const ReportOptions& options, QStringList* leftOut = nullptr) const;
    ReportDocument returnVisitReport(const QDate& from, const QDate& to, const ReportOptions& options) const;
    ReportDocument overdueList(const ReportOptions& options) const;

    // "feedback-sheet", "service-report", "return-visit-record", "feedback-letter".
    static QString code(CaseDocument kind);
    static bool fromCode(const QString& code, CaseDocument& kind);
    static QString displayName(CaseDocument kind); // in the reader's language

private:
    ReportDocument build(CaseDocument kind, const QualityCase& c, const DocumentContext& context) const;
    QString customerAddress(qint64 customerId) const;
    QSqlDatabase m_db;
    DeadlineCalculator m_deadlines;
};
