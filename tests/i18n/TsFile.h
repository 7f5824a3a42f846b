#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One message of a Qt Linguist source (.ts), as lupdate writes it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation, part of the key
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    QStringList translations; // the translation, or every numerus form

    QString key() const; // context, source and comment: what lupdate matches on
    QString label() const; // "Context | source" for messages in test output
    bool isFinished() const;
};

// A parsed .ts file. Obsolete and vanished messages are skipped.
class TsFile
{
public:
    static TsFile read(const QString& path); // throws std::runtime_error when unreadable
    QString language;
    QList<TsMessage> messages;
};

// Placeholders a string uses: %1..%99, %L1.., %n and %Ln, sorted and without repeats.
QStringList placeholders(const QString& text);
// HTML tags a string uses ("<b>", "</b>", "<br>"), sorted; entities and text are ignored.
QStringList htmlTags(const QString& text);
// Whether a string has a keyboard accelerator ("&File"; "&&" is a literal ampersand).
bool hasAccelerator(const QString& text);
