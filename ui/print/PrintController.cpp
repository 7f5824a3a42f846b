#include "print/PrintController.h"

#include <QMessageBox>

// Placeholder until the printing work lands: says so plainly instead of pretending.
static void notYet(QWidget* parent)
{
    QMessageBox::information(parent, PrintController::tr("Printing"),
                             PrintController::tr("Printing is not available in this build yet."));
}

void PrintController::preview(QWidget* parent, Database&, Document, const QList<qint64>&)
{
    notYet(parent);
}

void PrintController::print(QWidget* parent, Database&, Document, const QList<qint64>&)
{
    notYet(parent);
}

void PrintController::savePdf(QWidget* parent, Database&, Document, const QList<qint64>&)
{
    notYet(parent);
}

void PrintController::returnVisitReport(QWidget* parent, Database&)
{
    notYet(parent);
}

void PrintController::overdueList(QWidget* parent, Database&)
{
    notYet(parent);
}
