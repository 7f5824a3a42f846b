#include "setup/SetupCompanyPage.h"

#include "UserError.h"
#include "common/ElidedLabel.h"
#include "common/LogoChooser.h"
#include "reports/CompanyProfile.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// The name a new database starts with (migration 004): a placeholder, not the company's name.
const QLatin1String placeholderName("Your Company Ltd.");
} // namespace

SetupCompanyPage::SetupCompanyPage(const CompanySettings& current, QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("setupCompanyPage"));
    auto* page = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    page->addLayout(form);
    page->addStretch(1);
    // Below the form, apart from it: not part of the company's setup but instead of it.
    m_server = new QWidget(this);
    // One line (the file's path shortened, whole in its tooltip): the wizard is as tall as this
    // page, and its other pages are short.
    auto* serverRow = new QHBoxLayout(m_server);
    serverRow->setContentsMargins(0, 0, 0, 0);
    m_serverNote = new ElidedLabel(m_server);
    m_serverNote->setObjectName(QStringLiteral("newFileNote"));
    m_connect = new QPushButton(m_server);
    m_connect->setObjectName(QStringLiteral("setupConnectServer"));
    m_connect->setAutoDefault(false); // Enter stays Next
    serverRow->addWidget(m_serverNote, 1);
    serverRow->addWidget(m_connect);
    m_server->setVisible(false);
    page->addWidget(m_server);
    connect(m_connect, &QPushButton::clicked, this, &SetupCompanyPage::connectRequested);
    m_name = new QLineEdit(current.name == placeholderName ? QString() : current.name, this);
    m_name->setObjectName(QStringLiteral("companyName"));
    m_address = new QPlainTextEdit(current.address, this);
    m_address->setObjectName(QStringLiteral("companyAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(60); // three lines
    auto* logoBox = new QWidget(this);
    auto* logoRow = new QHBoxLayout(logoBox);
    logoRow->setContentsMargins(0, 0, 0, 0);
    m_logoPreview = new QLabel(logoBox);
    m_logoPreview->setMinimumSize(120, 60);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_chooseLogo = new QPushButton(logoBox);
    m_chooseLogo->setObjectName(QStringLiteral("companyLogo"));
    m_removeLogo = new QPushButton(logoBox);
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_removeLogo);
    QWidget::setTabOrder(m_removeLogo, m_connect); // the company's name first, the server's way last
    logoRow->addStretch(1);
    m_nameCaption = m_errors.addRow(form, QStringLiteral("companyName"), QString(), m_name, true);
    m_addressCaption = m_errors.addRow(form, QStringLiteral("companyAddress"), QString(), m_address);
    m_logoCaption = m_errors.addRow(form, QStringLiteral("companyLogo"), QString(), logoBox);
    m_logo = new LogoChooser(m_logoPreview, m_chooseLogo, m_removeLogo, m_errors, current.logo, this);
    retranslate();
}

void SetupCompanyPage::retranslate()
{
    setTitle(tr("Welcome to QualityLoop"));
    setSubTitle(tr("First the company: its name, address and logo head every printed feedback sheet, "
                   "report and letter."));
    m_nameCaption->setText(FieldErrors::requiredMark(tr("Company na&me")));
    m_addressCaption->setText(tr("&Address"));
    m_logoCaption->setText(tr("&Logo"));
    m_name->setAccessibleName(tr("Company name"));
    m_name->setPlaceholderText(tr("for example Huadong Valve Co., Ltd."));
    m_address->setAccessibleName(tr("Address"));
    m_chooseLogo->setText(tr("Choose…"));
    m_chooseLogo->setAccessibleName(tr("Logo"));
    m_removeLogo->setText(tr("Remove"));
    m_logo->show(); // "No logo" in the new language
    m_serverNote->setFullText(
        tr("Is your office's database on a server? Connect to it instead of making one on this PC (%1).")
            .arg(QDir::toNativeSeparators(m_path)));
    m_connect->setText(tr("&Connect to a server…"));
}

void SetupCompanyPage::offerServer(const QString& path)
{
    m_path = path;
    m_server->setVisible(true);
    retranslate();
}

void SetupCompanyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

bool SetupCompanyPage::chooseLogo(const QString& path)
{
    return m_logo->choose(path);
}

CompanySettings SetupCompanyPage::company() const
{
    CompanySettings settings;
    settings.name = m_name->text();
    settings.address = m_address->toPlainText();
    settings.logo = m_logo->logo();
    return settings;
}

bool SetupCompanyPage::validatePage()
{
    m_errors.clear();
    try {
        SettingsService::validate(company(), DeadlineRules());
    } catch (const UserError& error) {
        return !m_errors.show(error.fieldErrors());
    }
    return true;
}
