#include "PdfText.h"
#include "ReportWorld.h"
#include "UserError.h"
#include "improvement/TracingService.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using Kind = ReportService::CaseDocument;

namespace {
QString printed(ReportWorld& w, Kind kind, qint64 id, const QString& language, const QTemporaryDir& dir)
{
    const ReportService reports(w.t.connection());
    const QString path = dir.filePath(ReportService::code(kind) + u'-' + language + QStringLiteral(".pdf"));
    REQUIRE(DocumentPainter::writePdf({reports.caseDocument(kind, id, w.options(language))}, path).isEmpty());
    return PdfText::text(path);
}

void requireAll(const QString& text, const QStringList& wanted)
{
    for (const QString& s : wanted) {
        INFO("looking for: " << s.toStdString() << "\nin:\n" << text.toStdString());
        CHECK(text.contains(s));
    }
}
} // namespace

TEST_CASE("Feedback sheet shows the case, customer, product, units and deadlines", "[reports][sheet]")
{
    ReportWorld w;
    const qint64 id = w.caseWithSheet(3);
    const QualityCase c = w.flow.load(id);
    QTemporaryDir dir;
    const QString due = c.units.first()
                            .dueAt.toTimeZone(QTimeZone("Asia/Shanghai"))
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));

    SECTION("in English")
    {
        const QString text = printed(w, Kind::FeedbackSheet, id, QStringLiteral("en"), dir);
        requireAll(text,
                   {QStringLiteral("Information Feedback Sheet"), c.number, c.sheet->number,
                    QStringLiteral("华东石化有限公司"), QStringLiteral("Q41F-16C-50"),
                    QStringLiteral("SN2025-000123"), QStringLiteral("B2025-031"), QStringLiteral("R&D"),
                    QStringLiteral("Technical Support"),
                    QStringLiteral("Find the root cause of the packing leak"), due,
                    QStringLiteral("Distribution"), QStringLiteral("Huaxia Fluid Control Co., Ltd."),
                    QStringLiteral("Page 1 of 1")});
    }
    SECTION("in Chinese, whatever the window's language")
    {
        const QString text = printed(w, Kind::FeedbackSheet, id, QStringLiteral("zh_CN"), dir);
        requireAll(text,
                   {QStringLiteral("信息反馈单"), c.number, QStringLiteral("华东石化有限公司"),
                    QStringLiteral("阀杆填料处外漏"), QStringLiteral("研发部"), QStringLiteral("技术支持部"),
                    QStringLiteral("责任单位"), QStringLiteral("B 级：严重"), due,
                    QStringLiteral("第 1 页，共 1 页")});
        // The window's language is untouched: nothing was installed in the application.
        CHECK(QCoreApplication::translate("FeedbackSheetDocument", "Information Feedback Sheet")
              == QStringLiteral("Information Feedback Sheet"));
    }
}

TEST_CASE("Service report, return-visit record and feedback letter of a closed case", "[reports][case]")
{
    ReportWorld w;
    const qint64 id = w.closedCase();
    const QualityCase c = w.flow.load(id);
    QTemporaryDir dir;
    const QTimeZone zone("Asia/Shanghai");

    SECTION("on-site service report with room for the customer's signature")
    {
        const QString en = printed(w, Kind::ServiceReport, id, QStringLiteral("en"), dir);
        requireAll(en,
                   {QStringLiteral("On-site Service Report"), QStringLiteral("SR-") + c.number,
                    QStringLiteral("Zhou Jie"), QStringLiteral("Replaced the packing set"),
                    QStringLiteral("Customer's signature and stamp / date"), QStringLiteral("Page 1 of 1")});
        const QString zh = printed(w, Kind::ServiceReport, id, QStringLiteral("zh_CN"), dir);
        requireAll(zh,
                   {QStringLiteral("现场服务报告"), QStringLiteral("客户签字（盖章）/日期"),
                    QStringLiteral("李明")});
    }
    SECTION("return-visit record with both visits, marks and deadlines")
    {
        const QString en = printed(w, Kind::ReturnVisitRecord, id, QStringLiteral("en"), dir);
        const DeadlineCalculator& d = w.flow.deadlines();
        const QString firstDue = d.firstVisitDue(c.service->finishedAt)
                                     .toTimeZone(zone)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        requireAll(en,
                   {QStringLiteral("Return-visit Record"), c.number, QStringLiteral("92"), firstDue,
                    QStringLiteral("Cleaned up the site"), QStringLiteral("Slight weeping again"),
                    QStringLiteral("Check the gland again"), QStringLiteral("On time")});
        const QString zh = printed(w, Kind::ReturnVisitRecord, id, QStringLiteral("zh_CN"), dir);
        requireAll(
            zh, {QStringLiteral("回访记录"), QStringLiteral("首次回访（电话"), QStringLiteral("客户评分")});
    }
    SECTION("written feedback letter to the customer")
    {
        const QString en = printed(w, Kind::FeedbackLetter, id, QStringLiteral("en"), dir);
        requireAll(en,
                   {QStringLiteral("华东石化有限公司"), QStringLiteral("上海市浦东新区"),
                    QStringLiteral("Dear Sir or Madam,"),
                    QStringLiteral("Packing replaced, torque corrected"), c.number,
                    QStringLiteral("Yours faithfully,")});
        const QString zh = printed(w, Kind::FeedbackLetter, id, QStringLiteral("zh_CN"), dir);
        requireAll(zh,
                   {QStringLiteral("华东石化有限公司："), QStringLiteral("质量问题处理复函"),
                    QStringLiteral("质量部")});
    }
}

TEST_CASE("A document the case does not have yet is refused in words", "[reports][refusal]")
{
    ReportWorld w;
    const qint64 id = w.caseWithSheet();
    const ReportService reports(w.t.connection());
    CHECK_THROWS_AS(reports.caseDocument(Kind::FeedbackLetter, id, w.options()), UserError);
    CHECK_THROWS_AS(reports.caseDocument(Kind::ReturnVisitRecord, id, w.options()), UserError);
    CHECK_THROWS_AS(reports.caseIdOfNumber(QStringLiteral("QI-1999-99999")), UserError);
}

TEST_CASE("Several cases print as one run, each counting its own pages", "[reports][batch]")
{
    ReportWorld w;
    const qint64 a = w.caseWithSheet(1);
    const qint64 b = w.caseWithSheet(2);
    const ReportService reports(w.t.connection());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.pdf"));
    ReportOptions letter = w.options();
    letter.pageSize = QPageSize::Letter;
    REQUIRE(DocumentPainter::writePdf(reports.caseDocuments(Kind::FeedbackSheet, {a, b}, letter), path)
                .isEmpty());
    const QStringList pages = PdfText::pages(path);
    REQUIRE(pages.size() == 2);
    CHECK(pages.at(0).contains(w.number(a)));
    CHECK(pages.at(1).contains(w.number(b)));
    CHECK(pages.at(1).contains(QStringLiteral("Page 1 of 1")));
}

TEST_CASE("Printing several cases leaves out those that cannot have the document, and says why",
          "[reports][batch]")
{
    ReportWorld w;
    const qint64 withSheet = w.caseWithSheet(1);
    IntakeData in;
    in.channel = QStringLiteral("phone");
    in.customerId = w.t.customerId;
    in.serialNo = w.t.serialNo;
    in.symptom = QStringLiteral("Noise at the actuator");
    const qint64 justLogged = w.flow.logCase(w.t.sales, in);
    const ReportService reports(w.t.connection());
    // Asked for one by one, a case without a sheet is refused.
    CHECK_THROWS_AS(reports.caseDocuments(Kind::FeedbackSheet, {withSheet, justLogged}, w.options()),
                    UserError);
    QStringList leftOut;
    const QList<ReportDocument> documents
        = reports.caseDocuments(Kind::FeedbackSheet, {withSheet, justLogged}, w.options(), &leftOut);
    REQUIRE(documents.size() == 1);
    CHECK(documents.first().number.startsWith(QStringLiteral("FS-")));
    REQUIRE(leftOut.size() == 1);
    CHECK(leftOut.first().contains(w.number(justLogged)));
    leftOut.clear();
    CHECK_THROWS_AS(reports.caseDocuments(Kind::FeedbackSheet, {justLogged}, w.options(), &leftOut),
                    UserError);
}

TEST_CASE("A traced case's written feedback says the root cause, the correction and what prevents recurrence",
          "[reports][improvement]")
{
    ReportWorld w;
    const qint64 id = w.closedCase();
    QTemporaryDir dir;
    // Nothing of the tracing signed off (the key customer's case is traced from its analysis):
    // the letter has no 8D points.
    CHECK_FALSE(printed(w, Kind::FeedbackLetter, id, QStringLiteral("en"), dir)
                    .contains(QStringLiteral("Root cause")));

    TracingService tracings(w.t.connection(), w.clock);
    const auto traced = tracings.ofCase(id);
    const qint64 tracingId
        = traced ? traced->id : tracings.open(w.t.quality, id, QStringLiteral("Third leak at this plant"));
    const QStringList texts {QStringLiteral("Spare valve sent"),
                             QStringLiteral("Quality, R&D, Manufacturing"),
                             QStringLiteral("Stem leak at cold start"),
                             QStringLiteral("Stock checked"),
                             QStringLiteral("Packing too soft for cold starts"),
                             QStringLiteral("Harder packing chosen"),
                             QStringLiteral("Harder packing fitted and tested"),
                             QStringLiteral("Packing grade in the control plan")};
    const auto sign = [&](int n) {
        for (const TracingStep& s : tracings.load(tracingId).steps)
            if (s.step == n)
                tracings.saveStep(w.t.quality, s.id, s.version, texts.at(n), n >= 4 && n <= 6, true);
    };
    for (int n = 0; n <= 4; ++n)
        sign(n);
    // Only what is signed off is told: the root cause, and no correction chosen yet.
    const QString early = printed(w, Kind::FeedbackLetter, id, QStringLiteral("en"), dir);
    requireAll(early, {QStringLiteral("Root cause"), texts.at(4), tracings.load(tracingId).number});
    CHECK_FALSE(early.contains(QStringLiteral("Permanent correction")));

    for (int n = 5; n <= 7; ++n)
        sign(n);
    const QString en = printed(w, Kind::FeedbackLetter, id, QStringLiteral("en"), dir);
    // The correction as implemented (D6) replaces the one chosen (D5).
    requireAll(en,
               {QStringLiteral("Permanent correction"), texts.at(6), QStringLiteral("Preventing recurrence"),
                texts.at(7)});
    CHECK_FALSE(en.contains(texts.at(5)));
    const QString zh = printed(w, Kind::FeedbackLetter, id, QStringLiteral("zh_CN"), dir);
    requireAll(zh,
               {QStringLiteral("根本原因"), QStringLiteral("永久纠正措施"), QStringLiteral("预防再发生"),
                texts.at(4)});
}
