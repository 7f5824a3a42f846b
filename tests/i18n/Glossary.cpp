#include "Glossary.h"

#include <QFile>

#include <algorithm>
#include <stdexcept>

namespace {
// The cells of a Markdown table row ("| a | b |"), trimmed; empty for a line that is not one.
QStringList cells(const QString& line)
{
    const QString row = line.trimmed();
    if (!row.startsWith(u'|') || !row.endsWith(u'|'))
        return {};
    QStringList list = row.mid(1, row.size() - 2).split(u'|');
    for (QString& cell : list)
        cell = cell.trimmed();
    return list;
}

// The rows of the first table after the heading, header and rule left out.
QList<QStringList> tableAfter(const QStringList& lines, const QString& heading)
{
    const qsizetype at = lines.indexOf(heading);
    if (at < 0)
        throw std::runtime_error("translations/README.md has no heading \"" + heading.toStdString() + '"');
    QList<QStringList> rows;
    bool inTable = false;
    for (qsizetype i = at + 1; i < lines.size(); ++i) {
        const QStringList row = cells(lines.at(i));
        if (row.isEmpty()) {
            if (inTable)
                break;
            continue;
        }
        if (!inTable) { // the header, then the rule
            inTable = true;
            ++i;
            continue;
        }
        rows.append(row);
    }
    return rows;
}

// A word form as a pattern: whole words, any spacing; X stands for some words of the same
// sentence, … for the rest.
QRegularExpression englishPattern(const QString& form)
{
    QStringList parts;
    for (const QString& word : form.split(u' ', Qt::SkipEmptyParts)) {
        if (word == QLatin1String("X"))
            parts.append(QStringLiteral("[^.;:!?]+?"));
        else if (word == QStringLiteral("…"))
            parts.append(QStringLiteral(".*"));
        else
            parts.append(QRegularExpression::escape(Glossary::normalized(word)));
    }
    return QRegularExpression(QStringLiteral("(?<![\\w'])") + parts.join(QStringLiteral("\\s+"))
                              + QStringLiteral("(?![\\w'])"));
}

QRegularExpression chinesePattern(const QString& term)
{
    QString pattern;
    for (const QChar c : term) {
        if (c == u'X')
            pattern += QStringLiteral(".+?");
        else if (c == QChar(0x2026)) // …
            pattern += QStringLiteral(".*");
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(pattern);
}

QStringList split(const QString& cell, const QString& separator)
{
    QStringList list;
    for (const QString& part : cell.split(separator, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    return list;
}
} // namespace

Glossary Glossary::read(const QString& readmePath)
{
    QFile file(readmePath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + readmePath.toStdString());
    return parse(QString::fromUtf8(file.readAll()));
}

Glossary Glossary::parse(const QString& markdown)
{
    const QStringList lines = markdown.split(u'\n');
    Glossary glossary;
    for (const QStringList& row : tableAfter(lines, QStringLiteral("## Terms checked by the tests"))) {
        if (row.size() < 3)
            throw std::runtime_error("a row of the checked terms needs English, 中文 and not");
        Term term;
        const QStringList forms = split(row.at(0), QStringLiteral(","));
        if (forms.isEmpty() || row.at(1).isEmpty())
            throw std::runtime_error("a checked term needs its English and its Chinese");
        term.english = forms.first();
        for (const QString& form : forms)
            term.forms.append(englishPattern(form));
        for (const QString& chinese : split(row.at(1), QStringLiteral(" / ")))
            term.chinese.append(chinesePattern(chinese));
        term.never = split(row.at(2), QStringLiteral("、"));
        glossary.terms.append(term);
    }
    for (const QStringList& row :
         tableAfter(lines, QStringLiteral("### Where a listed word means something else"))) {
        if (row.size() < 3)
            throw std::runtime_error("an exception needs the term, the context and the message's start");
        QString start = row.at(2);
        if (start.startsWith(u'`') && start.endsWith(u'`'))
            start = start.mid(1, start.size() - 2);
        for (const QString& term : split(row.at(0), QStringLiteral(",")))
            glossary.exceptions.append({term, row.at(1), start});
    }
    return glossary;
}

QString Glossary::normalized(const QString& source)
{
    QString text = source;
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression capitals(QStringLiteral("\\b[A-Z]{2,}(-[A-Z]+)*\\b"));
    static const QRegularExpression option(QStringLiteral("(?<!\\w)--\\w[\\w-]*"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.replace(tag, QStringLiteral(" "));
    text.replace(capitals, QStringLiteral(" "));
    text.replace(option, QStringLiteral(" "));
    text.replace(QChar(0x2019), u'\'');
    text.replace(u'-', u' ');
    return text.toLower().replace(space, QStringLiteral(" ")).trimmed();
}

bool Glossary::excepted(const Term& term, const TsMessage& m) const
{
    for (const Exception& e : exceptions)
        if (e.term == term.english && e.context == m.context && m.source.trimmed().startsWith(e.sourceStart))
            return true;
    return false;
}

QStringList Glossary::violations(const QList<TsMessage>& messages) const
{
    QStringList wrong;
    for (const TsMessage& m : messages) {
        const QString english = normalized(m.source);
        for (const Term& term : terms) {
            const bool has
                = std::any_of(term.forms.cbegin(), term.forms.cend(),
                              [&](const QRegularExpression& f) { return f.match(english).hasMatch(); });
            if (!has || excepted(term, m))
                continue;
            for (const QString& t : m.translations) {
                const bool uses
                    = std::any_of(term.chinese.cbegin(), term.chinese.cend(),
                                  [&](const QRegularExpression& c) { return c.match(t).hasMatch(); });
                const auto bad = std::find_if(term.never.cbegin(), term.never.cend(),
                                              [&](const QString& n) { return t.contains(n); });
                if (!uses || bad != term.never.cend())
                    wrong.append(m.label() + QStringLiteral(" -> ") + t + QStringLiteral("   (")
                                 + term.english + QStringLiteral(": ")
                                 + (uses ? *bad + QStringLiteral(" is not used")
                                         : QStringLiteral("use the listed term"))
                                 + u')');
            }
        }
    }
    return wrong;
}
