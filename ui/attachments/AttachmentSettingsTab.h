#pragma once

#include "attachments/AttachmentSettings.h"
#include "common/FieldErrors.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;
class Session;

// Administration > Settings > Files: how large one file on a case may be, and whether photos
// are scaled down when they are added (else kept exactly as they came).
class AttachmentSettingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentSettingsTab(Session& session, QWidget* parent = nullptr);
    QString title() const;
    AttachmentLimits limits() const;
    // Shows what is wrong next to its field; false then.
    bool validate();
    bool save();
    QSpinBox* maxFileEdit() const { return m_maxFile; }
    QCheckBox* scaleBox() const { return m_scale; }
    QSpinBox* photoSideEdit() const { return m_side; }
    QString fieldError(const QString& key) const { return m_errors.message(key); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Session& m_session;
    FieldErrors m_errors;
    QSpinBox* m_maxFile = nullptr;
    QCheckBox* m_scale = nullptr;
    QSpinBox* m_side = nullptr;
    class QLabel* m_note = nullptr;
    class QFormLayout* m_form = nullptr;
};
