#pragma once

#include "common/FieldErrors.h"
#include "loops/Survey.h"

#include <QDialog>

class FormMessage;
class QPlainTextEdit;
class Session;

// R18 Quality closes its review of a year's survey: what the departments found when they
// analysed the customers' comments, with the improvement opportunities already named listed
// above it. Who may close it, and when, is core's rule (SurveyService::review).
class SurveyReviewDialog : public QDialog
{
    Q_OBJECT
public:
    SurveyReviewDialog(Session& session, const Survey& survey, QWidget* parent = nullptr);

    bool save(); // false with the message next to its field
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    QString generalError() const;

    QPlainTextEdit* note = nullptr;

private:
    Session& m_session;
    qint64 m_surveyId = 0;
    FieldErrors m_errors;
    FormMessage* m_general = nullptr;
};
