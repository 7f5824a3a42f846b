#include "TsFile.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// The Linguist source of the Simplified Chinese translation, checked as a file: complete, every
// placeholder, tag and accelerator kept, and in step with the strings in the code.

namespace {

const QString tsPath = testPath("QL_TS_ZH_CN");

bool isFullWidthPunctuation(QChar c)
{
    return (c.unicode() >= 0x3000 && c.unicode() <= 0x303f)
        || (c.unicode() >= 0xff00 && c.unicode() <= 0xff65);
}

std::string report(const QStringList& lines)
{
    return lines.join(u'\n').toStdString();
}

} // namespace

TEST_CASE("the zh_CN translation source is readable and for Simplified Chinese", "[i18n][ts]")
{
    const TsFile ts = TsFile::read(tsPath);
    CHECK(ts.language == QStringLiteral("zh_CN"));
    CHECK(ts.messages.size() > 100);
}

TEST_CASE("every string has a finished zh_CN translation", "[i18n][ts]")
{
    const TsFile ts = TsFile::read(tsPath);
    QStringList unfinished;
    for (const TsMessage& m : ts.messages) {
        if (!m.isFinished())
            unfinished.append(m.label());
        else if (m.numerus && m.translations.size() != 1)
            unfinished.append(m.label() + QStringLiteral(" (Chinese has one plural form)"));
    }
    INFO("Untranslated strings (translations/update.sh, then translations/tsv.py export --unfinished):\n"
         << report(unfinished));
    CHECK(unfinished.isEmpty());
}

TEST_CASE("translations keep the placeholders of their source", "[i18n][ts]")
{
    const TsFile ts = TsFile::read(tsPath);
    QStringList wrong;
    for (const TsMessage& m : ts.messages) {
        const QStringList expected = placeholders(m.source);
        for (const QString& t : m.translations) {
            if (t.isEmpty())
                continue;
            const QStringList got = placeholders(t);
            if (got != expected)
                wrong.append(m.label() + QStringLiteral("  has ") + got.join(u' ')
                             + QStringLiteral(", needs ") + expected.join(u' '));
        }
    }
    INFO(report(wrong));
    CHECK(wrong.isEmpty());
}

TEST_CASE("translations keep the HTML tags, accelerators and outer spaces of their source", "[i18n][ts]")
{
    const TsFile ts = TsFile::read(tsPath);
    QStringList wrong;
    for (const TsMessage& m : ts.messages) {
        for (const QString& t : m.translations) {
            if (t.isEmpty())
                continue;
            if (htmlTags(t) != htmlTags(m.source))
                wrong.append(m.label() + QStringLiteral("  HTML tags differ: ") + t);
            if (hasAccelerator(t) != hasAccelerator(m.source))
                wrong.append(m.label() + QStringLiteral("  accelerator (&) added or lost: ") + t);
            if (m.source.isEmpty())
                continue;
            // A space that joins the string to its neighbour stays, except next to full-width
            // punctuation, which carries its own spacing in Chinese: " (key customer)" -> "（重点客户）".
            const auto spaceKept = [](bool inSource, QChar edge) {
                return inSource == edge.isSpace() || (inSource && isFullWidthPunctuation(edge));
            };
            if (!spaceKept(m.source.front().isSpace(), t.front())
                || !spaceKept(m.source.back().isSpace(), t.back()))
                wrong.append(m.label() + QStringLiteral("  leading or trailing space differs: \"") + t
                             + u'"');
            if (m.source.count(u'\n') > 0 && t.count(u'\n') != m.source.count(u'\n'))
                wrong.append(m.label() + QStringLiteral("  number of lines differs"));
        }
    }
    INFO(report(wrong));
    CHECK(wrong.isEmpty());
}

TEST_CASE("the translation source matches the strings in the code", "[i18n][ts][lupdate]")
{
    // lupdate reads the source tree and writes into a temporary copy of the .ts only.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("current.ts"));
    REQUIRE(QFile::copy(tsPath, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LUPDATE"), QStringLiteral(QL_LUPDATE));
    lupdate.setProcessEnvironment(env);
    lupdate.setWorkingDirectory(dir.path());
    lupdate.start(QStringLiteral("bash"), {testPath("QL_UPDATE_SCRIPT"), QStringLiteral("--ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);

    const TsFile committed = TsFile::read(tsPath);
    const TsFile fresh = TsFile::read(copy);
    QSet<QString> had, has;
    for (const TsMessage& m : committed.messages)
        had.insert(m.key() + (m.numerus ? QStringLiteral("#n") : QString()));
    QStringList added, vanished;
    for (const TsMessage& m : fresh.messages) {
        const QString key = m.key() + (m.numerus ? QStringLiteral("#n") : QString());
        has.insert(key);
        if (!had.contains(key))
            added.append(m.label());
    }
    for (const TsMessage& m : committed.messages)
        if (!has.contains(m.key() + (m.numerus ? QStringLiteral("#n") : QString())))
            vanished.append(m.label());
    INFO("The code and translations/qualityloop_zh_CN.ts disagree: run translations/update.sh and "
         "translate what is new.\nIn the code, not in the .ts:\n"
         << report(added) << "\nIn the .ts, no longer in the code:\n"
         << report(vanished));
    CHECK(added.isEmpty());
    CHECK(vanished.isEmpty());
}

TEST_CASE("the placeholder, tag and accelerator checks see what they should", "[i18n][ts]")
{
    CHECK(placeholders(QStringLiteral("%2 of %1, %n item(s), %L3, 100%"))
          == QStringList {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%L3"),
                          QStringLiteral("%n")});
    CHECK(placeholders(QStringLiteral("%1 and %1")) == QStringList {QStringLiteral("%1")});
    CHECK(hasAccelerator(QStringLiteral("&File")));
    CHECK(hasAccelerator(QStringLiteral("文件(&F)")));
    CHECK_FALSE(hasAccelerator(QStringLiteral("R&&D")));
    CHECK_FALSE(hasAccelerator(QStringLiteral("R&amp;D")));
    CHECK(htmlTags(QStringLiteral("<b>%1</b><br>"))
          == QStringList {QStringLiteral("</b>"), QStringLiteral("<b>"), QStringLiteral("<br>")});
}

TEST_CASE("every string with %n has its two English plural forms", "[i18n][ts]")
{
    const TsFile zh = TsFile::read(tsPath);
    const TsFile en = TsFile::read(testPath("QL_TS_EN"));
    QHash<QString, TsMessage> english;
    for (const TsMessage& m : en.messages)
        english.insert(m.key(), m);
    QStringList missing;
    for (const TsMessage& m : zh.messages) {
        if (!m.numerus)
            continue;
        const TsMessage e = english.value(m.key());
        if (!e.isFinished() || e.translations.size() != 2
            || placeholders(e.translations.at(0)) != placeholders(m.source))
            missing.append(m.label());
    }
    INFO("Without English plural forms (run translations/update.sh):\n" << report(missing));
    CHECK(missing.isEmpty());
}
