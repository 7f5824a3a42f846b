#pragma once

#include "TsFile.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The term list of translations/README.md ("Terms checked by the tests"): each English term
// (with its word forms) has one Chinese term, and some Chinese variants it must not take. A
// message whose English has the term as whole words must use the Chinese term, unless the
// README lists it as a place where the word means something else.
class Glossary
{
public:
    struct Term
    {
        QString english; // the first word form, as the README writes it ("reply")
        QList<QRegularExpression> forms; // over the normalized English (see normalized())
        QList<QRegularExpression> chinese; // any of them will do
        QStringList never; // variants the translation must not contain
    };
    struct Exception
    {
        QString term; // the first word form of a term
        QString context;
        QString sourceStart; // the message's English begins with this
    };

    // Reads the two tables of the README; throws std::runtime_error when it cannot.
    static Glossary read(const QString& readmePath);
    static Glossary parse(const QString& markdown);
    // The English as the check reads it: accelerators, HTML tags, words in capitals (FILE,
    // CASE-NUMBER) and command-line options (--cases) taken out, lower case, hyphens as spaces,
    // one space between words.
    static QString normalized(const QString& source);

    // "Context | source -> translation (term: wanted)" for every message that breaks the list.
    QStringList violations(const QList<TsMessage>& messages) const;

    QList<Term> terms;
    QList<Exception> exceptions;

private:
    bool excepted(const Term& term, const TsMessage& m) const;
};
