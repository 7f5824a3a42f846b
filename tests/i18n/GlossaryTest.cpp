// Issue 18: one term for one thing. The term list in translations/README.md is checked against
// every message of the Chinese translation, and Chinese sentences use full-width dashes and tildes.
#include "Glossary.h"

#include "TestPaths.h"
#include "TsFile.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {
TsMessage message(const QString& context, const QString& source, const QString& translation)
{
    TsMessage m;
    m.context = context;
    m.source = source;
    m.translations = QStringList {translation};
    return m;
}

std::string report(const QStringList& lines)
{
    return lines.join(u'\n').toStdString();
}
} // namespace

TEST_CASE("every term of the glossary is translated one way", "[i18n][glossary]")
{
    const Glossary glossary = Glossary::read(testPath("QL_TRANSLATIONS_README"));
    // The list in the README is read, with the terms issue 18 settled.
    CHECK(glossary.terms.size() >= 30);
    QStringList english;
    for (const Glossary::Term& t : glossary.terms)
        english.append(t.english);
    for (const char* settled : {"replacement", "reply", "channel", "second return visit", "document",
                                "Only X can …", "customer's call", "Sales Department"})
        CHECK(english.contains(QString::fromUtf8(settled)));
    CHECK_FALSE(glossary.exceptions.isEmpty());

    const QStringList wrong = glossary.violations(TsFile::read(testPath("QL_TS_ZH_CN")).messages);
    INFO("Translated otherwise than translations/README.md \"Terms checked by the tests\" says:\n"
         << report(wrong));
    CHECK(wrong.isEmpty());
}

TEST_CASE("the glossary check finds a term translated another way, and only that", "[i18n][glossary]")
{
    const Glossary glossary = Glossary::read(testPath("QL_TRANSLATIONS_README"));
    const auto flagged = [&](const QString& context, const QString& source, const QString& translation) {
        return !glossary.violations({message(context, source, translation)}).isEmpty();
    };
    // The words of issue 18, translated the old ways.
    CHECK(flagged(QStringLiteral("PlanDialog"), QStringLiteral("Replacement"), QStringLiteral("更换")));
    CHECK(flagged(QStringLiteral("UnitStepDialog"), QStringLiteral("Unit's reply"),
                  QStringLiteral("责任单位答复")));
    CHECK(flagged(QStringLiteral("IntakeForm"), QStringLiteral("Cha&nnel"), QStringLiteral("来源渠道(&N)")));
    CHECK(flagged(QStringLiteral("SettingsDialog"), QStringLiteral("&Second return visit after *"),
                  QStringLiteral("第二次回访间隔(&S) *")));
    CHECK(flagged(QStringLiteral("PrintController"), QStringLiteral("Document &language:"),
                  QStringLiteral("文件语言(&L)：")));
    CHECK(flagged(QStringLiteral("WorkflowRules"),
                  QStringLiteral("Only the Quality Department can close a case."),
                  QStringLiteral("只有质量部可以关闭问题单。")));
    CHECK(flagged(QStringLiteral("NavigationTree"), QStringLiteral("New case (customer's call)"),
                  QStringLiteral("新建问题单（客户来电）")));
    CHECK(flagged(QStringLiteral("ReturnVisitRecordDocument"),
                  QStringLiteral("Filed by the Marketing Department."), QStringLiteral("由市场部归档。")));
    // The same words translated as the list says.
    CHECK_FALSE(flagged(QStringLiteral("PlanDialog"), QStringLiteral("Replacement"), QStringLiteral("换货")));
    CHECK_FALSE(flagged(QStringLiteral("WorkflowRules"),
                        QStringLiteral("Only the Quality Department can close a case."),
                        QStringLiteral("只有质量部才能关闭问题单。")));
    CHECK_FALSE(flagged(QStringLiteral("WorkflowRules"),
                        QStringLiteral("Only the Quality Department can close a case."),
                        QStringLiteral("仅质量部可关闭问题单。")));
    // Whole words only, and a word in capitals is a command-line placeholder, not a term.
    CHECK_FALSE(flagged(QStringLiteral("X"), QStringLiteral("Channels"), QStringLiteral("渠道")));
    CHECK_FALSE(flagged(QStringLiteral("X"), QStringLiteral("Showcase"), QStringLiteral("展示")));
    CHECK_FALSE(flagged(QStringLiteral("CliCommands"), QStringLiteral("print needs a DOCUMENT."),
                        QStringLiteral("print 需要 DOCUMENT。")));
    // A place the README lists, where the word means something else.
    CHECK_FALSE(flagged(QStringLiteral("Roles"),
                        QStringLiteral("“%1” is not a role. Use one of: sales, quality, technician."),
                        QStringLiteral("“%1”不是有效的角色。请使用以下之一：sales、quality、technician。")));
    CHECK(flagged(QStringLiteral("Elsewhere"),
                  QStringLiteral("“%1” is not a role. Use one of: sales, quality, technician."),
                  QStringLiteral("“%1”不是有效的角色。请使用以下之一：sales、quality、technician。")));
}

TEST_CASE("Chinese sentences use full-width dashes and tildes", "[i18n][glossary]")
{
    static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    // "~/" starts a path a person types (~/.pgpass): it stays as it is.
    static const QRegularExpression halfDash(QStringLiteral("(?<!—)—(?!—)|~(?!/)| - "));
    QStringList wrong;
    for (const TsMessage& m : TsFile::read(testPath("QL_TS_ZH_CN")).messages)
        for (const QString& t : m.translations)
            if (chinese.match(t).hasMatch() && halfDash.match(t).hasMatch())
                wrong.append(m.label() + QStringLiteral(" -> ") + t);
    INFO("Use —— and ～ in Chinese sentences:\n" << report(wrong));
    CHECK(wrong.isEmpty());
}
