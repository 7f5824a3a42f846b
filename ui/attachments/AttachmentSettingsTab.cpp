#include "attachments/AttachmentSettingsTab.h"

#include "UserError.h"
#include "main/Session.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>

AttachmentSettingsTab::AttachmentSettingsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("filesTab"));
    m_form = new QFormLayout(this);
    m_maxFile = new QSpinBox(this);
    m_maxFile->setObjectName(QStringLiteral("maxFileMegabytes"));
    m_maxFile->setRange(1, AttachmentSettings::largestFileMegabytes);
    m_errors.addRow(m_form, QStringLiteral("maxFileMegabytes"), QString(), m_maxFile, true);
    m_scale = new QCheckBox(this);
    m_scale->setObjectName(QStringLiteral("scalePhotos"));
    m_form->addRow(QString(), m_scale);
    m_side = new QSpinBox(this);
    m_side->setObjectName(QStringLiteral("photoMaxSide"));
    m_side->setRange(640, 20000);
    m_side->setSingleStep(256);
    m_errors.addRow(m_form, QStringLiteral("photoMaxSide"), QString(), m_side);
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
    const QList<QPair<QWidget*, QString>> labels {{m_maxFile, tr("Largest &file")},
                                                  {m_side, tr("Longer side at &most")}};
    for (const auto& [field, text] : labels)
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(field == m_maxFile ? FieldErrors::requiredMark(text) : text);
    m_maxFile->setSuffix(tr(" MB"));
    m_side->setSuffix(tr(" pixels"));
    m_scale->setText(tr("&Scale photos down when they are added"));
    for (QWidget* w = parentWidget(); w; w = w->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            if (tabs->indexOf(this) >= 0)
                tabs->setTabText(tabs->indexOf(this), title());
            break;
        }
    m_note->setText(
        tr("Files are kept in the database with the cases, so that a backup holds them all. A larger "
           "file is refused with a message. Scaled photos keep their orientation; without "
           "scaling, every photo is kept exactly as it came."));
}

void AttachmentSettingsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

AttachmentLimits AttachmentSettingsTab::limits() const
{
    AttachmentLimits limits;
    limits.maxFileMegabytes = m_maxFile->value();
    limits.photoMaxSide = m_scale->isChecked() ? m_side->value() : 0;
    return limits;
}

bool AttachmentSettingsTab::validate()
{
    m_errors.clear();
    try {
        AttachmentSettings::validate(limits());
    } catch (const UserError& error) {
        m_errors.show(error.fieldErrors());
        return false;
    }
    return true;
}

bool AttachmentSettingsTab::save()
{
    if (!validate())
        return false;
    try {
        m_session.make<AttachmentSettings>().save(m_session.user(), limits(), m_session.clock().now());
    } catch (const UserError& error) {
        m_errors.show({{QStringLiteral("maxFileMegabytes"), error.message()}});
        return false;
    }
    return true;
}
