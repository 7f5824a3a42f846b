#include "print/PrintController.h"

#include "UserError.h"
#include "db/Services.h"
#include "print/PrintOptionsDialog.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {
using Kind = ReportService::CaseDocument;

PrintController::SavePathChooser& savePathChooser()
{
    static PrintController::SavePathChooser chooser;
    return chooser;
}

Kind kindOf(PrintController::Document document)
{
    switch (document) {
    case PrintController::Document::FeedbackSheet:
        return Kind::FeedbackSheet;
    case PrintController::Document::ServiceReport:
        return Kind::ServiceReport;
    case PrintController::Document::ReturnVisitRecord:
        return Kind::ReturnVisitRecord;
    case PrintController::Document::FeedbackLetter:
        return Kind::FeedbackLetter;
    }
    return Kind::FeedbackSheet;
}

struct Choice
{
    bool accepted = false;
    ReportOptions options;
    QDate from;
    QDate to;
};

Choice ask(QWidget* parent, const QString& title, bool period, bool photos = false)
{
    PrintOptionsDialog dialog(title, period, photos, parent);
    Choice choice;
    if (dialog.exec() != QDialog::Accepted)
        return choice;
    choice.accepted = true;
    choice.options = dialog.options();
    choice.from = dialog.from();
    choice.to = dialog.to();
    return choice;
}

// Makes the documents, or says in words why they cannot be made.
template<typename Make> QList<ReportDocument> make(QWidget* parent, Make&& makeDocuments)
{
    try {
        return makeDocuments();
    } catch (const UserError& error) {
        QMessageBox::warning(parent, PrintController::tr("Printing"), error.message());
    }
    return {};
}

void previewDocuments(QWidget* parent, const QList<ReportDocument>& documents)
{
    if (documents.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(documents.first().pageSize));
    printer.setPageOrientation(documents.first().landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(documents.first().title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&documents](QPrinter* p) { DocumentPainter::paint(documents, p, false); });
    dialog.exec();
}

void printDocuments(QWidget* parent, const QList<ReportDocument>& documents)
{
    if (documents.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(documents.first().pageSize));
    printer.setPageOrientation(documents.first().landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        DocumentPainter::paint(documents, &printer, false);
}

void saveDocuments(QWidget* parent, const QList<ReportDocument>& documents)
{
    if (documents.isEmpty())
        return;
    const QString suggested = documents.size() == 1 ? documents.first().number + QStringLiteral(".pdf")
                                                    : documents.first().title + QStringLiteral(".pdf");
    const QString path = savePathChooser()
        ? savePathChooser()(parent, suggested)
        : QFileDialog::getSaveFileName(parent, PrintController::tr("Save as PDF"), suggested,
                                       PrintController::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString problem = DocumentPainter::writePdf(documents, path);
    if (!problem.isEmpty())
        QMessageBox::warning(parent, PrintController::tr("Save as PDF"), problem);
}

QList<ReportDocument> caseDocuments(QWidget* parent, const Services& services,
                                    PrintController::Document document, const QList<qint64>& caseIds)
{
    if (caseIds.isEmpty())
        return {};
    const Kind kind = kindOf(document);
    const Choice choice = ask(parent, ReportService::displayName(kind), false,
                              kind == Kind::FeedbackSheet || kind == Kind::ServiceReport);
    if (!choice.accepted)
        return {};
    QStringList leftOut;
    const QList<ReportDocument> documents = make(parent, [&] {
        return services.make<ReportService>().caseDocuments(kind, caseIds, choice.options,
                                                            caseIds.size() > 1 ? &leftOut : nullptr);
    });
    // Of several cases, those that cannot have the document are left out, and said so.
    if (!documents.isEmpty() && !leftOut.isEmpty())
        QMessageBox::information(parent, PrintController::tr("Printing"),
                                 PrintController::tr("Left out, %1 of the %2 selected cases:")
                                         .arg(leftOut.size())
                                         .arg(caseIds.size())
                                     + u'\n' + leftOut.join(u'\n'));
    return documents;
}
} // namespace

void PrintController::preview(QWidget* parent, const Services& services, Document document,
                              const QList<qint64>& caseIds)
{
    previewDocuments(parent, caseDocuments(parent, services, document, caseIds));
}

void PrintController::print(QWidget* parent, const Services& services, Document document,
                            const QList<qint64>& caseIds)
{
    printDocuments(parent, caseDocuments(parent, services, document, caseIds));
}

void PrintController::savePdf(QWidget* parent, const Services& services, Document document,
                              const QList<qint64>& caseIds)
{
    saveDocuments(parent, caseDocuments(parent, services, document, caseIds));
}

void PrintController::returnVisitReport(QWidget* parent, const Services& services)
{
    const Choice choice = ask(parent, tr("Return-visit report"), true);
    if (!choice.accepted)
        return;
    previewDocuments(parent, make(parent, [&] {
                         return QList<ReportDocument> {services.make<ReportService>().returnVisitReport(
                             choice.from, choice.to, choice.options)};
                     }));
}

void PrintController::overdueList(QWidget* parent, const Services& services)
{
    const Choice choice = ask(parent, tr("Overdue work"), false);
    if (!choice.accepted)
        return;
    previewDocuments(parent, make(parent, [&] {
                         return QList<ReportDocument> {
                             services.make<ReportService>().overdueList(choice.options)};
                     }));
}

void PrintController::previewOne(QWidget* parent, const QString& title,
                                 const std::function<ReportDocument(const ReportOptions&)>& makeDocument)
{
    const Choice choice = ask(parent, title, false);
    if (!choice.accepted)
        return;
    previewDocuments(parent,
                     make(parent, [&] { return QList<ReportDocument> {makeDocument(choice.options)}; }));
}

void PrintController::preview(QWidget* parent, const QList<ReportDocument>& documents)
{
    previewDocuments(parent, documents);
}

void PrintController::savePdf(QWidget* parent, const QList<ReportDocument>& documents)
{
    saveDocuments(parent, documents);
}

PrintController::SavePathChooser PrintController::setSavePathChooser(SavePathChooser chooser)
{
    std::swap(chooser, savePathChooser());
    return chooser;
}
