#pragma once

#include "UserError.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

// Collects what is wrong with a form's fields and throws them together, so the window can
// mark every wrong field at once.
class FieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(FieldCheck)
public:
    void require(bool ok, const QString& field, const QString& message)
    {
        if (!ok && !m_errors.contains(field))
            m_errors.insert(field, message);
    }
    void throwIfAny() const
    {
        if (m_errors.isEmpty())
            return;
        QStringList messages;
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
            messages.append(it.value());
        throw UserError(tr("Please correct the form: %1").arg(messages.join(QStringLiteral(" "))), m_errors);
    }

private:
    QMap<QString, QString> m_errors;
};
