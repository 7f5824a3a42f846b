#pragma once

#include "admin/SettingsTab.h"
#include "attachments/AttachmentSettings.h"

class QCheckBox;
class QLabel;
class QSpinBox;

// Administration > Settings > Files: how large one file on a case may be, and whether photos
// are scaled down when they are added (else kept exactly as they came).
class AttachmentSettingsTab : public SettingsTab
{
    Q_OBJECT
public:
    explicit AttachmentSettingsTab(Session& session, QWidget* parent = nullptr);
    QString title() const override;
    AttachmentLimits limits() const;
    QSpinBox* maxFileEdit() const { return m_maxFile; }
    QCheckBox* scaleBox() const { return m_scale; }
    QSpinBox* photoSideEdit() const { return m_side; }

protected:
    void check() const override;
    void store() override;
    void retranslate() override;

private:
    QSpinBox* m_maxFile = nullptr;
    QCheckBox* m_scale = nullptr;
    QSpinBox* m_side = nullptr;
    QLabel* m_maxFileLabel = nullptr; // FieldErrors::addRow puts a field in a box: no labelForField
    QLabel* m_sideLabel = nullptr;
    QLabel* m_note = nullptr;
};
