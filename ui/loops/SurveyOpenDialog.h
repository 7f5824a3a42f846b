#pragma once

#include "common/FieldErrors.h"

#include <QDialog>

class DateTimeField;
class FormMessage;
class QListWidget;
class Session;

// R18 starting a year's survey: the customers the letters go to (those supplied in the year
// ticked), and the day by which they are asked to answer.
class SurveyOpenDialog : public QDialog
{
    Q_OBJECT
public:
    SurveyOpenDialog(Session& session, int year, QWidget* parent = nullptr);

    bool save(); // false with the message next to its field
    QList<qint64> chosen() const;
    QString fieldError(const QString& key) const { return m_errors.message(key); }

    QListWidget* customers = nullptr;
    DateTimeField* replyBy = nullptr;

private:
    Session& m_session;
    int m_year;
    FieldErrors m_errors;
    FormMessage* m_general = nullptr;
};
