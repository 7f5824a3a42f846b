#pragma once

#include "admin/SettingsTab.h"

class QDoubleSpinBox;
class QLabel;

// Administration > Settings > Costs: the hourly rate the statistics price labour hours at in
// the cost of poor quality (core: LabourRate, administrators only).
class CostSettingsTab : public SettingsTab
{
    Q_OBJECT
public:
    explicit CostSettingsTab(Session& session, QWidget* parent = nullptr);
    QString title() const override;
    qint64 hundredthsPerHour() const;
    QDoubleSpinBox* rateEdit() const { return m_rate; }

protected:
    void check() const override;
    void store() override;
    void retranslate() override;

private:
    QDoubleSpinBox* m_rate = nullptr;
    QLabel* m_rateLabel = nullptr; // FieldErrors::addRow puts the field in a box: no labelForField
    QLabel* m_note = nullptr;
};
