#include "TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <stdexcept>

QString TsMessage::key() const
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

QString TsMessage::label() const
{
    QString text = source;
    text.replace(u'\n', QStringLiteral("\\n"));
    return context + QStringLiteral(" | ") + text
        + (comment.isEmpty() ? QString() : QStringLiteral(" | ") + comment);
}

bool TsMessage::isFinished() const
{
    if (!type.isEmpty() || translations.isEmpty())
        return false;
    return std::none_of(translations.cbegin(), translations.cend(),
                        [](const QString& t) { return t.isEmpty(); });
}

TsFile TsFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    TsFile ts;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                const auto child = xml.name();
                if (child == u"source") {
                    m.source = xml.readElementText();
                } else if (child == u"comment") {
                    m.comment = xml.readElementText();
                } else if (child == u"translation") {
                    m.type = xml.attributes().value(QStringLiteral("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                m.translations.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (m.type != u"obsolete" && m.type != u"vanished")
                ts.messages.append(m);
        }
    }
    if (xml.hasError())
        throw std::runtime_error(path.toStdString() + ": " + xml.errorString().toStdString());
    return ts;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList htmlTags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

bool hasAccelerator(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral("^&#?[a-zA-Z0-9]+;"));
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (entity.match(QStringView(text).mid(i)).hasMatch())
            continue;
        if (text.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}
