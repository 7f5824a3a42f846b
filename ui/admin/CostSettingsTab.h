#pragma once

#include "common/FieldErrors.h"

#include <QWidget>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class Session;

// Administration > Settings > Costs: the hourly rate the statistics price labour hours at in
// the cost of poor quality (core: LabourRate, administrators only).
class CostSettingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit CostSettingsTab(Session& session, QWidget* parent = nullptr);
    QString title() const;
    qint64 hundredthsPerHour() const;
    // Shows what is wrong next to the field; false then.
    bool validate();
    bool save();
    QDoubleSpinBox* rateEdit() const { return m_rate; }
    QString fieldError(const QString& key) const { return m_errors.message(key); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Session& m_session;
    FieldErrors m_errors;
    QDoubleSpinBox* m_rate = nullptr;
    QLabel* m_note = nullptr;
    QFormLayout* m_form = nullptr;
};
