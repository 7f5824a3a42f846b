#include "print/PrintController.h"

#include "UserError.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "reports/DocumentLanguage.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
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

// Asks the language and paper of the document (and the period of a period report). The
// document's language is its own: the window keeps its language.
Choice ask(QWidget* parent, const QString& title, bool period, bool photos = false)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("printOptionsDialog"));
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout(&dialog);
    auto* from
        = new QDateEdit(QDate::currentDate().addMonths(-1).addDays(1 - QDate::currentDate().day()), &dialog);
    auto* to = new QDateEdit(QDate::currentDate().addDays(-QDate::currentDate().day()), &dialog);
    if (period) {
        for (QDateEdit* edit : {from, to}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        form->addRow(PrintController::tr("&From:"), from);
        form->addRow(PrintController::tr("&To:"), to);
    }
    auto* language = new QComboBox(&dialog);
    for (const QString& code : DocumentLanguage::available())
        language->addItem(Translations::displayName(code), code);
    language->setCurrentIndex(std::max(0, language->findData(Translations::current())));
    form->addRow(PrintController::tr("Document &language:"), language);
    auto* paper = new QComboBox(&dialog);
    paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    paper->addItem(PrintController::tr("Letter"), int(QPageSize::Letter));
    form->addRow(PrintController::tr("&Paper:"), paper);
    auto* withPhotos = new QCheckBox(
        PrintController::tr("With the case's p&hotos (a page of captioned pictures)"), &dialog);
    withPhotos->setObjectName(QStringLiteral("withPhotos"));
    if (photos)
        form->addRow(QString(), withPhotos);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    Choice choice;
    if (dialog.exec() != QDialog::Accepted)
        return choice;
    choice.accepted = true;
    choice.options.language = language->currentData().toString();
    choice.options.pageSize = static_cast<QPageSize::PageSizeId>(paper->currentData().toInt());
    choice.options.withPhotos = photos && withPhotos->isChecked();
    choice.from = from->date();
    choice.to = to->date();
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

QList<ReportDocument> caseDocuments(QWidget* parent, Database& database, PrintController::Document document,
                                    const QList<qint64>& caseIds)
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
        return ReportService(database.connection())
            .caseDocuments(kind, caseIds, choice.options, caseIds.size() > 1 ? &leftOut : nullptr);
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

void PrintController::preview(QWidget* parent, Database& database, Document document,
                              const QList<qint64>& caseIds)
{
    previewDocuments(parent, caseDocuments(parent, database, document, caseIds));
}

void PrintController::print(QWidget* parent, Database& database, Document document,
                            const QList<qint64>& caseIds)
{
    printDocuments(parent, caseDocuments(parent, database, document, caseIds));
}

void PrintController::savePdf(QWidget* parent, Database& database, Document document,
                              const QList<qint64>& caseIds)
{
    saveDocuments(parent, caseDocuments(parent, database, document, caseIds));
}

void PrintController::returnVisitReport(QWidget* parent, Database& database)
{
    const Choice choice = ask(parent, tr("Return-visit report"), true);
    if (!choice.accepted)
        return;
    previewDocuments(parent, make(parent, [&] {
                         return QList<ReportDocument> {
                             ReportService(database.connection())
                                 .returnVisitReport(choice.from, choice.to, choice.options)};
                     }));
}

void PrintController::overdueList(QWidget* parent, Database& database)
{
    const Choice choice = ask(parent, tr("Overdue work"), false);
    if (!choice.accepted)
        return;
    previewDocuments(parent, make(parent, [&] {
                         return QList<ReportDocument> {
                             ReportService(database.connection()).overdueList(choice.options)};
                     }));
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
