#pragma once

#include "cases/CaseListQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class DateTimeField;
class QLabel;
class Session;

// The filters of the case list: status, grade, customer, product, responsible unit,
// technician, received between two dates, key customers only, overdue only.
class CaseFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CaseFilterBar(Session& session, QWidget* parent = nullptr);
    CaseFilter filter() const;
    QComboBox* statusCombo() const { return m_status; }
    QCheckBox* overdueBox() const { return m_overdue; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QComboBox* combo(const QString& name);
    QComboBox* m_status = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_customer = nullptr;
    QComboBox* m_product = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_technician = nullptr;
    QCheckBox* m_useDates = nullptr;
    DateTimeField* m_from = nullptr;
    DateTimeField* m_to = nullptr;
    QCheckBox* m_key = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_open = nullptr;
};
