#include "attachments/AttachmentSettingsTab.h"

#include "main/Session.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

AttachmentSettingsTab::AttachmentSettingsTab(Session& session, QWidget* parent)
    : SettingsTab(session, QStringLiteral("filesTab"), QStringLiteral("maxFileMegabytes"), parent)
{
    m_maxFile = new QSpinBox(this);
    m_maxFile->setObjectName(QStringLiteral("maxFileMegabytes"));
    m_maxFile->setRange(1, AttachmentSettings::largestFileMegabytes);
    m_maxFileLabel = m_errors.addRow(m_form, QStringLiteral("maxFileMegabytes"), QString(), m_maxFile, true);
    m_scale = new QCheckBox(this);
    m_scale->setObjectName(QStringLiteral("scalePhotos"));
    m_form->addRow(QString(), m_scale);
    m_side = new QSpinBox(this);
    m_side->setObjectName(QStringLiteral("photoMaxSide"));
    m_side->setRange(640, 20000);
    m_side->setSingleStep(256);
    m_sideLabel = m_errors.addRow(m_form, QStringLiteral("photoMaxSide"), QString(), m_side);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_form->addRow(QString(), m_note);
    const AttachmentLimits limits = session.make<AttachmentSettings>().load();
    m_maxFile->setValue(limits.maxFileMegabytes);
    m_scale->setChecked(limits.photoMaxSide > 0);
    m_side->setValue(limits.photoMaxSide > 0 ? limits.photoMaxSide : 2560);
    m_side->setEnabled(m_scale->isChecked());
    connect(m_scale, &QCheckBox::toggled, m_side, &QWidget::setEnabled);
    retranslate();
}

QString AttachmentSettingsTab::title() const
{
    return tr("F&iles");
}

void AttachmentSettingsTab::retranslate()
{
    m_maxFileLabel->setText(FieldErrors::requiredMark(tr("Largest &file")));
    m_sideLabel->setText(tr("Longer side at &most"));
    m_maxFile->setSuffix(tr(" MB"));
    m_side->setSuffix(tr(" pixels"));
    m_scale->setText(tr("&Scale photos down when they are added"));
    m_note->setText(
        tr("Files are kept in the database with the cases, so that a backup holds them all. A larger "
           "file is refused with a message. Scaled photos keep their orientation; without "
           "scaling, every photo is kept exactly as it came."));
}

AttachmentLimits AttachmentSettingsTab::limits() const
{
    AttachmentLimits limits;
    limits.maxFileMegabytes = m_maxFile->value();
    limits.photoMaxSide = m_scale->isChecked() ? m_side->value() : 0;
    return limits;
}

void AttachmentSettingsTab::check() const
{
    AttachmentSettings::validate(limits());
}

void AttachmentSettingsTab::store()
{
    m_session.make<AttachmentSettings>().save(m_session.user(), limits(), m_session.clock().now());
}
