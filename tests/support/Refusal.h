#pragma once

#include "UserError.h"

#include <QString>
#include <QStringList>

#include <functional>

// What a refused call says: its message, or the fields it names; empty when it was not refused.
inline QString refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const UserError& e) {
        return e.message();
    }
    return {};
}

inline QStringList fieldsOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const UserError& e) {
        return e.fieldErrors().keys();
    }
    return {};
}
