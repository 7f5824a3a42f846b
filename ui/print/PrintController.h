#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Services;
class QWidget;
struct ReportDocument;
struct ReportOptions;

// The window's doors to the printed documents (issue "Printing"): preview, print and save as
// PDF for one or several cases, and the period report for managers. Implemented in
// ui/print/PrintController.cpp; documents themselves are rendered by core/reports.
class PrintController
{
    Q_DECLARE_TR_FUNCTIONS(PrintController)
public:
    enum class Document
    {
        FeedbackSheet,
        ServiceReport,
        ReturnVisitRecord,
        FeedbackLetter
    };

    static void preview(QWidget* parent, const Services& services, Document document,
                        const QList<qint64>& caseIds);
    static void print(QWidget* parent, const Services& services, Document document,
                      const QList<qint64>& caseIds);
    static void savePdf(QWidget* parent, const Services& services, Document document,
                        const QList<qint64>& caseIds);
    // Asks for the period and the language, then previews the return-visit report.
    static void returnVisitReport(QWidget* parent, const Services& services);
    // Previews the list of overdue work.
    static void overdueList(QWidget* parent, const Services& services);
    // Asks for the language and paper, then previews the one document made (the 8D report, a
    // rectification notice: issue 14).
    static void previewOne(QWidget* parent, const QString& title,
                           const std::function<ReportDocument(const ReportOptions&)>& makeDocument);
    // Documents made elsewhere (the survey's letters and summary): previewed (and printed from
    // there), or saved as one PDF.
    static void preview(QWidget* parent, const QList<struct ReportDocument>& documents);
    static void savePdf(QWidget* parent, const QList<struct ReportDocument>& documents);

    // Where "Save as PDF" asks for the file name: QFileDialog unless a test puts its own answer
    // here (an empty name cancels). Returns the chooser it replaced; an empty one restores QFileDialog.
    using SavePathChooser = std::function<QString(QWidget* parent, const QString& suggested)>;
    static SavePathChooser setSavePathChooser(SavePathChooser chooser);
};
