#pragma once

#include "common/FieldErrors.h"

#include <QDialog>

class DateTimeField;
class FormMessage;
class QComboBox;
class QPlainTextEdit;
class Session;

// R18 Quality's review of a year's survey, one improvement opportunity: what is to be improved,
// the unit that owns it and the day it is due. Saving raises its corrective action in the
// improvement loop (SurveyService::addFinding); who may do it is core's rule.
class SurveyFindingDialog : public QDialog
{
    Q_OBJECT
public:
    SurveyFindingDialog(Session& session, qint64 surveyId, QWidget* parent = nullptr);

    bool save(); // false with the message next to its field
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    qint64 findingId() const { return m_findingId; }

    QPlainTextEdit* finding = nullptr;
    QComboBox* owner = nullptr;
    DateTimeField* dueOn = nullptr;

private:
    Session& m_session;
    qint64 m_surveyId = 0;
    qint64 m_findingId = 0;
    FieldErrors m_errors;
    FormMessage* m_general = nullptr;
};
