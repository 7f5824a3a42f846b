#include "admin/SettingsDialog.h"

#include "UserError.h"
#include "admin/CostSettingsTab.h"
#include "attachments/AttachmentSettingsTab.h"
#include "backup/LocalBackupMemory.h"
#include "backup/OnlineBackup.h"
#include "common/DateTimeField.h"
#include "common/DialogFit.h"
#include "common/LogoChooser.h"
#include "common/Palette.h"
#include "common/TimeZoneBox.h"
#include "db/Database.h"
#include "main/Session.h"
#include "reports/CompanyProfile.h"
#include "ui_SettingsDialog.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>

namespace {
QList<QCheckBox*> workdayBoxes(const Ui::SettingsDialog& ui)
{
    return {ui.workday1, ui.workday2, ui.workday3, ui.workday4, ui.workday5, ui.workday6, ui.workday7};
}
} // namespace

SettingsDialog::SettingsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_session(session)
    , m_settings(session.make<SettingsService>())
{
    m_ui->setupUi(this);
    // Times typed like every time of the window ("17:30", "5pm", "17点半").
    for (DateTimeField* time : {m_ui->workdayEnd, m_ui->backupTime}) {
        time->setKind(DateTimeField::Kind::Time);
        time->setContext(session.clock(), session.workflow().deadlines().rules().zone);
    }
    m_ui->backupTime->setTime(QTime(12, 30));
    m_files = new AttachmentSettingsTab(session, m_ui->tabs); // files on cases (issue 17)
    m_ui->tabs->addTab(m_files, m_files->title());
    m_costs = new CostSettingsTab(session, m_ui->tabs); // the labour rate of the costs (issue 13)
    m_ui->tabs->addTab(m_costs, m_costs->title());
    const QList<QPair<QString, QWidget*>> fields {{QStringLiteral("companyName"), m_ui->companyName},
                                                  {QStringLiteral("companyAddress"), m_ui->companyAddress},
                                                  {QStringLiteral("companyLogo"), m_ui->companyLogo},
                                                  {QStringLiteral("formCode"), m_ui->formCode},
                                                  {QStringLiteral("disposalHours"), m_ui->disposalHours},
                                                  {QStringLiteral("workdayEnd"), m_ui->workdayEnd},
                                                  {QStringLiteral("workdays"), m_ui->workday1},
                                                  {QStringLiteral("firstVisitDays"), m_ui->firstVisitDays},
                                                  {QStringLiteral("secondVisitDays"), m_ui->secondVisitDays},
                                                  {QStringLiteral("followUpDays"), m_ui->followUpDays},
                                                  {QStringLiteral("timeZone"), m_ui->timeZone},
                                                  {QStringLiteral("backupFolder"), m_ui->backupFolder},
                                                  {QStringLiteral("backupKeep"), m_ui->backupKeep}};
    for (const auto& [key, field] : fields)
        m_errors.add(key, field, findChild<QLabel*>(key + QStringLiteral("Error")));
    m_logo = new LogoChooser(m_ui->logoPreview, m_ui->companyLogo, m_ui->removeLogo, m_errors, {}, this);
    connect(m_ui->chooseBackupFolder, &QPushButton::clicked, this, &SettingsDialog::askForBackupFolder);
    connect(m_ui->backupAtTime, &QRadioButton::toggled, m_ui->backupTime, &QWidget::setEnabled);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    retranslate();
    load();
    if (!OnlineBackup::serverRefusal(m_session.databasePath()).isEmpty()) // pg_dump's work on the server
        for (QWidget* field :
             std::initializer_list<QWidget*> {m_ui->backupFolder, m_ui->chooseBackupFolder, m_ui->backupKeep,
                                              m_ui->backupAtStart, m_ui->backupAtTime, m_ui->backupTime})
            field->setEnabled(false);
    m_ui->companyName->setFocus(Qt::OtherFocusReason); // the first field, not the tab bar
    // Hours and days as wide as their numbers, not as the page.
    for (QAbstractSpinBox* spin : findChildren<QAbstractSpinBox*>())
        spin->setSizePolicy(QSizePolicy::Maximum, spin->sizePolicy().verticalPolicy());
    DialogFit::toContents(this, 620);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const CompanySettings c = m_settings.company();
    m_ui->companyName->setText(c.name);
    m_ui->companyAddress->setPlainText(c.address);
    m_logo->setLogo(c.logo);
    m_ui->formCode->setText(c.feedbackSheetFormCode);
    const DeadlineRules r = m_settings.deadlines();
    m_ui->disposalHours->setValue(r.disposalHours);
    m_ui->workdayEnd->setTime(r.workdayEnd);
    const QList<QCheckBox*> days = workdayBoxes(*m_ui);
    for (int d = 0; d < days.size(); ++d)
        days.at(d)->setChecked(r.workdays.contains(d + 1));
    m_ui->firstVisitDays->setValue(r.firstVisitDays);
    m_ui->secondVisitDays->setValue(r.secondVisitDays);
    m_ui->followUpDays->setValue(r.followUpDays);
    TimeZoneBox::fill(m_ui->timeZone, r.zone);
    const BackupSettings b = m_settings.backups();
    m_ui->backupFolder->setText(QDir::toNativeSeparators(b.folder));
    m_ui->backupKeep->setValue(b.keep);
    m_ui->backupAtTime->setChecked(b.at.isValid());
    m_ui->backupAtStart->setChecked(!b.at.isValid());
    m_ui->backupTime->setEnabled(b.at.isValid());
    if (b.at.isValid())
        m_ui->backupTime->setTime(b.at);
}

void SettingsDialog::retranslate()
{
    const QList<QCheckBox*> days = workdayBoxes(*m_ui);
    for (int d = 0; d < days.size(); ++d)
        days.at(d)->setText(QLocale().dayName(d + 1, QLocale::ShortFormat));
    m_ui->workdayEnd->setAccessibleName(m_ui->workdayEndLabel->text().remove(u'&'));
    const QString onServer = OnlineBackup::serverRefusal(m_session.databasePath());
    if (!onServer.isEmpty())
        m_ui->backupsNote->setText(onServer);
    m_logo->show(); // "No logo" in the new language
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

bool SettingsDialog::chooseLogo(const QString& path)
{
    return m_logo->choose(path);
}

CompanySettings SettingsDialog::company() const
{
    return {m_ui->companyName->text(), m_ui->companyAddress->toPlainText(), m_logo->logo(),
            m_ui->formCode->text()};
}

DeadlineRules SettingsDialog::deadlines() const
{
    DeadlineRules r = m_settings.deadlines();
    r.disposalHours = m_ui->disposalHours->value();
    r.workdayEnd = m_ui->workdayEnd->time();
    r.workdays.clear();
    const QList<QCheckBox*> days = workdayBoxes(*m_ui);
    for (int d = 0; d < days.size(); ++d)
        if (days.at(d)->isChecked())
            r.workdays.append(d + 1);
    r.firstVisitDays = m_ui->firstVisitDays->value();
    r.secondVisitDays = m_ui->secondVisitDays->value();
    r.followUpDays = m_ui->followUpDays->value();
    r.zone = QTimeZone(m_ui->timeZone->currentText().trimmed().toUtf8());
    return r;
}

BackupSettings SettingsDialog::backups() const
{
    BackupSettings b;
    b.folder = QDir::fromNativeSeparators(m_ui->backupFolder->text().trimmed());
    b.keep = m_ui->backupKeep->value();
    if (m_ui->backupAtTime->isChecked())
        b.at = m_ui->backupTime->time();
    return b;
}

void SettingsDialog::askForBackupFolder()
{
    const QString start = m_ui->backupFolder->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_ui->backupFolder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the daily backup"), start);
    if (!folder.isEmpty())
        m_ui->backupFolder->setText(QDir::toNativeSeparators(folder));
}

bool SettingsDialog::save()
{
    m_errors.clear();
    m_ui->message->setVisible(false);
    if (!m_files->validate()) {
        m_ui->tabs->setCurrentWidget(m_files);
        return false;
    }
    // A time that is no time is said next to its field, on its tab.
    for (QPair<DateTimeField*, QWidget*> time :
         {qMakePair(m_ui->workdayEnd, m_ui->deadlinesTab), qMakePair(m_ui->backupTime, m_ui->backupsTab)}) {
        if (time.first->isEnabled() && !time.first->isAcceptable()) {
            m_ui->tabs->setCurrentWidget(time.second);
            try {
                time.first->checkedTime();
            } catch (const UserError&) {
            }
            return false;
        }
    }
    if (!m_costs->validate()) {
        m_ui->tabs->setCurrentWidget(m_costs);
        return false;
    }
    try {
        m_settings.save(m_session.user(), company(), deadlines(), backups());
    } catch (const UserError& error) {
        // The tab of the first wrong field comes to the front, with the focus in that field.
        const QStringList keys = error.fieldErrors().keys();
        if (!keys.isEmpty()) {
            const bool companyField = std::any_of(keys.cbegin(), keys.cend(), [](const QString& k) {
                return k.startsWith(QLatin1String("company"));
            });
            const bool backupField = std::all_of(keys.cbegin(), keys.cend(), [](const QString& k) {
                return k.startsWith(QLatin1String("backup"));
            });
            m_ui->tabs->setCurrentWidget(
                companyField ? m_ui->companyTab : (backupField ? m_ui->backupsTab : m_ui->deadlinesTab));
        }
        if (!m_errors.show(error.fieldErrors())) {
            m_ui->message->setText(error.message());
            m_ui->message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
            m_ui->message->setVisible(true);
        }
        return false;
    }
    if (!m_files->save()) {
        m_ui->tabs->setCurrentWidget(m_files);
        return false;
    }
    if (!m_costs->save()) {
        m_ui->tabs->setCurrentWidget(m_costs);
        return false;
    }
    m_session.workflow().reloadRules();
    // Remembered on this PC too: the way to the backups when the database cannot be read.
    if (OnlineBackup::serverRefusal(m_session.databasePath()).isEmpty())
        LocalBackupMemory::setDailyFolder(m_session.databasePath(), backups().folder);
    accept();
    return true;
}
