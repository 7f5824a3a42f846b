#include "print/PrintOptionsDialog.h"

#include "UserError.h"
#include "common/DateTimeField.h"
#include "i18n/Translations.h"
#include "print/PrintClock.h"
#include "print/PrintController.h"
#include "reports/DocumentLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

PrintOptionsDialog::PrintOptionsDialog(const QString& title, bool period, bool photos, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("printOptionsDialog"));
    setWindowTitle(title);
    auto* form = new QFormLayout(this);
    if (period) {
        // Last month, typed or picked as every date of the window; only fields that are shown
        // are made (a field made and not laid out lay over the language's label).
        m_from = new DateTimeField(this);
        m_to = new DateTimeField(this);
        const QDate today = PrintClock::now().toLocalTime().date();
        m_from->setKind(DateTimeField::Kind::Date);
        m_to->setKind(DateTimeField::Kind::Date);
        m_from->setObjectName(QStringLiteral("periodFrom"));
        m_to->setObjectName(QStringLiteral("periodTo"));
        m_from->setDate(today.addMonths(-1).addDays(1 - today.day()));
        m_to->setDate(today.addDays(-today.day()));
        form->addRow(PrintController::tr("&From:"), m_from);
        form->addRow(PrintController::tr("&To:"), m_to);
    }
    m_language = new QComboBox(this);
    for (const QString& code : DocumentLanguage::available())
        m_language->addItem(Translations::displayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::current())));
    form->addRow(PrintController::tr("Document &language:"), m_language);
    m_paper = new QComboBox(this);
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(PrintController::tr("Letter"), int(QPageSize::Letter));
    form->addRow(PrintController::tr("&Paper:"), m_paper);
    if (photos) {
        m_withPhotos = new QCheckBox(
            PrintController::tr("With the case's p&hotos (a page of captioned pictures)"), this);
        m_withPhotos->setObjectName(QStringLiteral("withPhotos"));
        form->addRow(QString(), m_withPhotos);
    }
    if (period) {
        m_allVisits = new QCheckBox(
            PrintController::tr("List &every visit (else only the visits with a problem; a year is long)"),
            this);
        m_allVisits->setObjectName(QStringLiteral("allVisits"));
        form->addRow(QString(), m_allVisits);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReportOptions PrintOptionsDialog::options() const
{
    ReportOptions options;
    options.now = PrintClock::now();
    options.language = m_language->currentData().toString();
    options.pageSize = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    options.withPhotos = m_withPhotos && m_withPhotos->isChecked();
    options.allVisits = m_allVisits && m_allVisits->isChecked();
    return options;
}

QDate PrintOptionsDialog::from() const
{
    return m_from ? m_from->date() : QDate();
}

QDate PrintOptionsDialog::to() const
{
    return m_to ? m_to->date() : QDate();
}

void PrintOptionsDialog::accept()
{
    try {
        // A day that is no day is said next to its field; the dialog stays open.
        if (m_from)
            m_from->checkedDate();
        if (m_to)
            m_to->checkedDate();
    } catch (const UserError&) {
        return;
    }
    QDialog::accept();
}
