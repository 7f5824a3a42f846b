#pragma once

#include "common/FieldErrors.h"
#include "loops/Survey.h"

#include <QDialog>

class DateTimeField;
class FormMessage;
class QPlainTextEdit;
class QSpinBox;
class Session;

// R18 the answer of one survey letter as it came back: the day, the scores for quality and for
// the delivery dates (1 to 5), the customer's comments.
class SurveyAnswerDialog : public QDialog
{
    Q_OBJECT
public:
    SurveyAnswerDialog(Session& session, const SurveyLetter& letter, QWidget* parent = nullptr);

    bool save(); // false with the message next to its field
    QString fieldError(const QString& key) const { return m_errors.message(key); }

    DateTimeField* answeredOn = nullptr;
    QSpinBox* quality = nullptr;
    QSpinBox* delivery = nullptr;
    QPlainTextEdit* comments = nullptr;

private:
    Session& m_session;
    SurveyLetter m_letter;
    FieldErrors m_errors;
    FormMessage* m_general = nullptr;
};
