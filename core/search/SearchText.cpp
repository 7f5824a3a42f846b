#include "search/SearchText.h"

#include "search/SearchTerms.h"

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x20000 && c <= 0x2FA1F);
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) && !isCjk(c);
}

struct Piece
{
    QString text;
    bool cjk;
};

// Splits a text into Latin words and CJK runs, dropping punctuation and spaces.
QList<Piece> pieces(const QString& text)
{
    QList<Piece> out;
    QString current;
    int kind = 0; // 0 none, 1 word, 2 cjk
    const auto flush = [&]() {
        if (!current.isEmpty())
            out.append({current, kind == 2});
        current.clear();
        kind = 0;
    };
    for (char32_t c : text.toUcs4()) {
        const int k = isCjk(c) ? 2 : (isWordChar(c) ? 1 : 0);
        if (k != kind)
            flush();
        kind = k;
        if (k != 0)
            current.append(QString::fromUcs4(&c, 1));
    }
    flush();
    return out;
}

QStringList cjkTokens(const QString& run)
{
    const QList<uint> chars = run.toUcs4();
    QStringList tokens;
    for (qsizetype i = 0; i + 1 < chars.size(); ++i)
        tokens.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData() + i), 2));
    tokens.append(
        QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData() + chars.size() - 1), 1));
    return tokens;
}

QString quoted(const QString& token)
{
    QString t = token;
    t.replace(u'"', QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

using Expander = std::function<QStringList(const QString&)>;

// One term of the query: one of its alternatives must appear, the tokens of an alternative one
// after the other; the last token of the only alternative is a prefix when prefix is set.
struct Term
{
    QList<QStringList> alternatives;
    bool prefix = false;
};

Term termOf(const QString& text, const Expander& expand)
{
    QStringList tokens;
    bool prefixLast = false;
    for (const Piece& piece : pieces(text)) {
        if (piece.cjk) {
            QStringList t = cjkTokens(piece.text);
            if (t.size() > 1)
                t.removeLast(); // the bigrams already say it; the last character is for one-character search
            tokens.append(t);
            prefixLast = piece.text.toUcs4().size() == 1;
        } else {
            tokens.append(piece.text);
            prefixLast = true;
        }
    }
    Term term;
    if (tokens.isEmpty())
        return term;
    if (!prefixLast) {
        term.alternatives.append(tokens);
        return term;
    }
    const QStringList whole = expand ? expand(tokens.last()) : QStringList();
    if (whole.isEmpty()) {
        term.alternatives.append(tokens);
        term.prefix = true;
        return term;
    }
    for (const QString& last : whole) {
        tokens.last() = last;
        term.alternatives.append(tokens);
    }
    return term;
}

// The terms of what a person typed: each word, and each "quoted phrase" as one.
QList<Term> termsOf(const QString& userQuery, const Expander& expand)
{
    QList<Term> terms;
    const QStringList quotedParts = userQuery.split(u'"');
    for (qsizetype i = 0; i < quotedParts.size(); ++i) {
        const QStringList words = i % 2 == 1 // inside quotes: one phrase
            ? QStringList {quotedParts[i]}
            : quotedParts[i].split(QChar::Space, Qt::SkipEmptyParts);
        for (const QString& word : words) {
            Term term = termOf(word, expand);
            if (!term.alternatives.isEmpty())
                terms.append(std::move(term));
        }
    }
    return terms;
}

QString ftsTerm(const Term& term)
{
    QStringList alternatives;
    for (const QStringList& tokens : term.alternatives)
        alternatives.append(quoted(tokens.join(u' ')));
    if (term.prefix)
        return alternatives.first() + QStringLiteral(" *");
    return alternatives.size() == 1 ? alternatives.first()
                                    : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

// A lexeme of a tsquery, quoted, so that no character of it is read as an operator.
QString tsLexeme(const QString& token)
{
    QString t = SearchTerms::fold(token);
    t.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
    return u'\'' + t + u'\'';
}

QString tsTerm(const Term& term)
{
    QStringList alternatives;
    for (const QStringList& tokens : term.alternatives) {
        QStringList lexemes;
        for (const QString& token : tokens)
            lexemes.append(tsLexeme(token));
        if (term.prefix)
            lexemes.last() += QStringLiteral(":*");
        alternatives.append(lexemes.size() == 1 ? lexemes.first()
                                                : u'(' + lexemes.join(QStringLiteral(" <-> ")) + u')');
    }
    return alternatives.size() == 1 ? alternatives.first()
                                    : u'(' + alternatives.join(QStringLiteral(" | ")) + u')';
}

} // namespace

namespace SearchText {

QString indexText(const QStringList& parts)
{
    QStringList out;
    for (const QString& part : parts)
        for (const Piece& piece : pieces(part))
            out.append(piece.cjk ? cjkTokens(piece.text).join(u' ') : piece.text);
    return out.join(u' ');
}

QString matchExpression(const QString& userQuery)
{
    return matchExpression(userQuery, {});
}

QString matchExpression(const QString& userQuery, const Expander& expandPrefix)
{
    QStringList out;
    for (const Term& term : termsOf(userQuery, expandPrefix))
        out.append(ftsTerm(term));
    return out.join(u' ');
}

QString tsQuery(const QString& userQuery, const Expander& expandPrefix)
{
    QStringList out;
    for (const Term& term : termsOf(userQuery, expandPrefix))
        out.append(tsTerm(term));
    return out.join(QStringLiteral(" & "));
}

} // namespace SearchText
