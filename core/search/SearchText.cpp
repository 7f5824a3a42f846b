#include "search/SearchText.h"

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

// One term of the query: its pieces must appear one after the other.
QString termExpression(const QString& term, const Expander& expand)
{
    QStringList tokens;
    bool prefixLast = false;
    for (const Piece& piece : pieces(term)) {
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
    if (tokens.isEmpty())
        return {};
    if (!prefixLast)
        return quoted(tokens.join(u' '));
    const QStringList whole = expand ? expand(tokens.last()) : QStringList();
    if (whole.isEmpty())
        return quoted(tokens.join(u' ')) + QStringLiteral(" *");
    QStringList alternatives;
    for (const QString& last : whole) {
        tokens.last() = last;
        alternatives.append(quoted(tokens.join(u' ')));
    }
    return alternatives.size() == 1 ? alternatives.first()
                                    : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
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
    QStringList terms;
    const QStringList quotedParts = userQuery.split(u'"');
    for (qsizetype i = 0; i < quotedParts.size(); ++i) {
        if (i % 2 == 1) { // inside quotes: one phrase
            terms.append(termExpression(quotedParts[i], expandPrefix));
            continue;
        }
        const QStringList words = quotedParts[i].split(QChar::Space, Qt::SkipEmptyParts);
        for (const QString& word : words)
            terms.append(termExpression(word, expandPrefix));
    }
    terms.removeAll(QString());
    return terms.join(u' ');
}

} // namespace SearchText
