#pragma once

#include "reports/ReportOptions.h"

#include <QDate>
#include <QDialog>

class DateTimeField;
class QCheckBox;
class QComboBox;

// Asks the language and paper of a document, the period of a period report (typed or picked
// like every other date of the window) and, where the document has them, whether to add the
// case's photos. The document's language is its own: the window keeps its language.
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    PrintOptionsDialog(const QString& title, bool period, bool photos, QWidget* parent = nullptr);

    ReportOptions options() const;
    QDate from() const;
    QDate to() const;
    // Null when the dialog asks no period.
    DateTimeField* fromField() const { return m_from; }
    DateTimeField* toField() const { return m_to; }

    void accept() override;

private:
    DateTimeField* m_from = nullptr;
    DateTimeField* m_to = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_withPhotos = nullptr;
    QCheckBox* m_allVisits = nullptr;
};
