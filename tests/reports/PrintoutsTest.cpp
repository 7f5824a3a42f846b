#include "PdfText.h"
#include "ReportWorld.h"
#include "TestPaths.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

// The first page of every document as a picture, for a person to look at:
// ${CMAKE_BINARY_DIR}/printouts/*.png
TEST_CASE("First page of every document rendered to PNG", "[reports][png]")
{
    ReportWorld w;
    w.closedCase(1, 90);
    const qint64 id = w.closedCase(5, 70);
    w.caseWithSheet(); // an open one, overdue later
    w.clock.advanceDays(30);
    const ReportService reports(w.t.connection());
    const QDir out(testPath("QL_PRINTOUTS_DIR"));
    REQUIRE(out.mkpath(QStringLiteral(".")));
    const QDate from = w.clock.now().date().addDays(-60);
    const QDate to = w.clock.now().date();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const ReportOptions options = w.options(language);
        QList<QPair<QString, ReportDocument>> documents;
        for (auto kind :
             {ReportService::CaseDocument::FeedbackSheet, ReportService::CaseDocument::ServiceReport,
              ReportService::CaseDocument::ReturnVisitRecord, ReportService::CaseDocument::FeedbackLetter})
            documents.append({ReportService::code(kind), reports.caseDocument(kind, id, options)});
        documents.append(
            {QStringLiteral("return-visit-report"), reports.returnVisitReport(from, to, options)});
        documents.append({QStringLiteral("overdue-list"), reports.overdueList(options)});
        for (const auto& [name, document] : documents) {
            const QString pdf = out.filePath(name + u'-' + language + QStringLiteral(".pdf"));
            REQUIRE(DocumentPainter::writePdf({document}, pdf).isEmpty());
            const QString png = PdfText::firstPagePng(pdf, out.filePath(name + u'-' + language));
            CHECK(QFileInfo(png).size() > 1000);
        }
    }
}
