#include "domain/Channels.h"

namespace {
struct Channel
{
    const char* code;
    const char* word;
};

// The printouts' words (the paper the company files); the window says the same.
const Channel channels[] = {
    {"phone", QT_TRANSLATE_NOOP("Channels", "Telephone")}, {"visit", QT_TRANSLATE_NOOP("Channels", "Visit")},
    {"letter", QT_TRANSLATE_NOOP("Channels", "Letter")},   {"email", QT_TRANSLATE_NOOP("Channels", "E-mail")},
    {"onsite", QT_TRANSLATE_NOOP("Channels", "On site")},
};
} // namespace

QStringList Channels::codes()
{
    QStringList all;
    for (const Channel& c : channels)
        all.append(QLatin1String(c.code));
    return all;
}

bool Channels::isKnown(const QString& code)
{
    return source(code) != nullptr;
}

const char* Channels::source(const QString& code)
{
    for (const Channel& c : channels)
        if (code == QLatin1String(c.code))
            return c.word;
    return nullptr;
}

QString Channels::name(const QString& code)
{
    const char* word = source(code);
    return word ? tr(word) : code;
}
