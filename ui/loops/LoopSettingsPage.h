#pragma once

#include "common/FieldErrors.h"

#include <QWidget>

class DateTimeField;
class QLabel;
class QSpinBox;
class Session;

// The settings of the customer loops (administrators only; LoopSettingsService): when a manager's
// visit is due after a key customer's case, when a batch's call-back comes and how long Sales
// has for it, how early an order comes to be prepared, and the day the loops start.
class LoopSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoopSettingsPage(Session& session, QWidget* parent = nullptr);

    void reload();
    bool save(); // false with the messages next to their fields
    QString fieldError(const QString& key) const { return m_errors.message(key); }

    QSpinBox* visitDays = nullptr;
    QSpinBox* callbackDays = nullptr;
    QSpinBox* callbackWithinDays = nullptr;
    QSpinBox* supplyNoticeDays = nullptr;
    DateTimeField* start = nullptr;

private:
    Session& m_session;
    FieldErrors m_errors;
    QLabel* m_message = nullptr;
};
