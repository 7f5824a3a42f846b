#pragma once

#include <QMap>
#include <QString>

#include <stdexcept>

// An error a person can act on: the message is already translated and in a clerk's words.
// fieldErrors names the form fields that are wrong (field key -> message) when there are any.
class UserError : public std::runtime_error
{
public:
    explicit UserError(const QString& message, QMap<QString, QString> fieldErrors = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_fieldErrors(std::move(fieldErrors))
    {
    }
    const QString& message() const { return m_message; }
    const QMap<QString, QString>& fieldErrors() const { return m_fieldErrors; }

private:
    QString m_message;
    QMap<QString, QString> m_fieldErrors;
};
