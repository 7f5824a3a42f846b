// Issue 18: paperwork a Chinese office would sign. The Chinese documents are read back from the
// PDF as a person reads them: the 复函 laid out as Chinese letters are (title and subject, the
// company addressed, 特此函复, 此致 and 敬礼 on lines of their own, signed and dated at the right
// with room for the seal), the feedback sheet as a controlled form (form code from the settings,
// 编制 / 审核 / 批准, 签发, 分发签收), the service report and the return-visit papers in the
// words the company uses.
#include "PdfText.h"
#include "ReportWorld.h"
#include "UserError.h"
#include "admin/SettingsService.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using Kind = ReportService::CaseDocument;

namespace {
QString pdfOf(ReportWorld& w, Kind kind, qint64 id, const QString& language, const QTemporaryDir& dir)
{
    const ReportService reports(w.t.connection());
    const QString path = dir.filePath(ReportService::code(kind) + u'-' + language + QStringLiteral(".pdf"));
    REQUIRE(DocumentPainter::writePdf({reports.caseDocument(kind, id, w.options(language))}, path).isEmpty());
    return path;
}

void requireAll(const QString& text, const QStringList& wanted)
{
    for (const QString& s : wanted) {
        INFO("looking for: " << s.toStdString() << "\nin:\n" << text.toStdString());
        CHECK(text.contains(s));
    }
}

qsizetype lineStarting(const QStringList& lines, const QString& start, qsizetype from = 0)
{
    for (qsizetype i = from; i < lines.size(); ++i)
        if (lines.at(i).startsWith(start))
            return i;
    return -1;
}
} // namespace

TEST_CASE("Issue 18: the Chinese written feedback is a 复函: the English letter keeps its own layout",
          "[reports][paperwork][letter]")
{
    ReportWorld w;
    const qint64 id = w.closedCase();
    const QualityCase c = w.flow.load(id);
    QTemporaryDir dir;
    const QDate closed = c.closedAt.toTimeZone(QTimeZone("Asia/Shanghai")).date();

    SECTION("in Chinese")
    {
        const QStringList lines
            = PdfText::lines(pdfOf(w, Kind::FeedbackLetter, id, QStringLiteral("zh_CN"), dir));
        const QString all = lines.join(u'\n');
        INFO(all.toStdString());
        // The title, then the subject "关于贵公司……的复函" naming the product and the case.
        const qsizetype title = lineStarting(lines, QStringLiteral("质量问题处理复函"), 3);
        REQUIRE(title > 0);
        CHECK(lines.value(title + 1)
              == QStringLiteral("关于贵公司反映Q41F-16C-50产品质量问题的复函（问题单号：%1）").arg(c.number));
        // Addressed to the customer company, never to a bare name.
        CHECK(lines.value(title + 2) == QStringLiteral("华东石化有限公司："));
        CHECK_FALSE(all.contains(QStringLiteral("尊敬的李明")));
        CHECK(all.contains(QStringLiteral("贵公司于%1年%2月%3日反映我公司产品")
                               .arg(c.receivedAt.toTimeZone(QTimeZone("Asia/Shanghai")).date().year())
                               .arg(c.receivedAt.toTimeZone(QTimeZone("Asia/Shanghai")).date().month())
                               .arg(c.receivedAt.toTimeZone(QTimeZone("Asia/Shanghai")).date().day())));
        CHECK_FALSE(all.contains(QStringLiteral("贵方")));
        CHECK_FALSE(all.contains(QStringLiteral("我们")));
        CHECK(all.contains(QStringLiteral("一、产品：Q41F-16C-50")));
        CHECK(all.contains(QStringLiteral("五、处理结果：Packing replaced, torque corrected")));
        // 特此函复。, then 此致 and 敬礼！ each on a line of its own.
        const qsizetype hereby = lineStarting(lines, QStringLiteral("特此函复。"));
        REQUIRE(hereby > title);
        CHECK(lines.value(hereby + 1) == QStringLiteral("此致"));
        CHECK(lines.value(hereby + 2) == QStringLiteral("敬礼！"));
        // Signed at the end: the company, the department with the seal beside it, the date under them.
        const qsizetype seal = lineStarting(lines, QStringLiteral("质量部（盖章）"), hereby);
        REQUIRE(seal > hereby + 2);
        CHECK(lines.value(seal - 1) == QStringLiteral("Huaxia Fluid Control Co., Ltd."));
        const QString date
            = QStringLiteral("%1年%2月%3日").arg(closed.year()).arg(closed.month()).arg(closed.day());
        CHECK(lines.value(seal + 1) == date);
        CHECK(lines.indexOf(date) == seal + 1); // not at the top as in an English letter
    }
    SECTION("in English: dated at the top, Dear Sir or Madam, Yours faithfully")
    {
        const QStringList lines
            = PdfText::lines(pdfOf(w, Kind::FeedbackLetter, id, QStringLiteral("en"), dir));
        INFO(lines.join(u'\n').toStdString());
        const qsizetype date = lines.indexOf(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                 .toString(closed, QStringLiteral("d MMMM yyyy")));
        const qsizetype customer = lines.indexOf(QStringLiteral("华东石化有限公司"));
        REQUIRE(date > 0);
        CHECK(customer == date + 1);
        const qsizetype dear = lines.indexOf(QStringLiteral("Dear Sir or Madam,"));
        const qsizetype yours = lines.indexOf(QStringLiteral("Yours faithfully,"));
        CHECK(dear > customer);
        CHECK(yours > dear);
        CHECK(lines.value(yours + 1) == QStringLiteral("Huaxia Fluid Control Co., Ltd."));
        CHECK_FALSE(lines.join(u'\n').contains(QStringLiteral("此致")));
    }
}

TEST_CASE("Issue 18: the feedback sheet is a controlled form with its code, signatures and receipts",
          "[reports][paperwork][sheet]")
{
    ReportWorld w;
    const qint64 id = w.caseWithSheet();
    QTemporaryDir dir;
    const QString zh = PdfText::text(pdfOf(w, Kind::FeedbackSheet, id, QStringLiteral("zh_CN"), dir));
    requireAll(zh,
               {QStringLiteral("表单编号：QR-8.2-01"), QStringLiteral("信息来源 电话"),
                QStringLiteral("四、签发"), QStringLiteral("签发人 quality 签发日期"),
                QStringLiteral("五、分发签收"), QStringLiteral("接收单位"), QStringLiteral("办理事项"),
                QStringLiteral("签收人"), QStringLiteral("责任单位 任务 回复期限 签收时间 回复"),
                QStringLiteral("编制"), QStringLiteral("审核"), QStringLiteral("批准"),
                QStringLiteral("依据《售后服务制度》第3.3.2条")});
    // One message no longer serves two meanings: the case came in (接收时间) once, each unit's
    // receipt of the sheet (签收时间) in the units' table and in the distribution list.
    CHECK(zh.count(QStringLiteral("接收时间")) == 1);
    CHECK(zh.count(QStringLiteral("签收时间")) == 2);
    const QString en = PdfText::text(pdfOf(w, Kind::FeedbackSheet, id, QStringLiteral("en"), dir));
    requireAll(en,
               {QStringLiteral("Form code: QR-8.2-01"), QStringLiteral("Prepared by"),
                QStringLiteral("Checked by"), QStringLiteral("Approved by"), QStringLiteral("Issued on")});
}

TEST_CASE("The administrator sets the feedback sheet's form code: one short line only",
          "[reports][paperwork][settings]")
{
    ReportWorld w;
    const qint64 id = w.caseWithSheet();
    SettingsService settings(w.t.connection());
    CompanySettings company = settings.company();
    CHECK(company.feedbackSheetFormCode == QStringLiteral("QR-8.2-01"));

    company.feedbackSheetFormCode = QStringLiteral("QR-8.2-01\nA/0");
    try {
        settings.save(w.t.admin, company, settings.deadlines());
        FAIL("a form code of two lines was saved");
    } catch (const UserError& error) {
        CHECK(error.fieldErrors().contains(QStringLiteral("formCode")));
    }
    company.feedbackSheetFormCode = QString(41, u'Q');
    CHECK_THROWS_AS(settings.save(w.t.admin, company, settings.deadlines()), UserError);
    CHECK_THROWS_AS(settings.save(w.t.quality, company, settings.deadlines()), UserError);

    company.feedbackSheetFormCode = QStringLiteral("  HX/QR-8.2-05 A/1 ");
    settings.save(w.t.admin, company, settings.deadlines());
    w.t.reopen();
    QTemporaryDir dir;
    CHECK(PdfText::text(pdfOf(w, Kind::FeedbackSheet, id, QStringLiteral("zh_CN"), dir))
              .contains(QStringLiteral("表单编号：HX/QR-8.2-05 A/1")));

    // A company without controlled forms prints no code line.
    const SettingsService again(w.t.connection());
    company = again.company();
    CHECK(company.feedbackSheetFormCode == QStringLiteral("HX/QR-8.2-05 A/1"));
    company.feedbackSheetFormCode.clear();
    again.save(w.t.admin, company, again.deadlines());
    const QString en = PdfText::text(pdfOf(w, Kind::FeedbackSheet, id, QStringLiteral("en"), dir));
    CHECK_FALSE(en.contains(QStringLiteral("Form code")));
    CHECK(en.contains(QStringLiteral("Information Feedback Sheet")));
}

TEST_CASE("Issue 18: the service report and the return-visit papers in the company's words",
          "[reports][paperwork]")
{
    ReportWorld w;
    w.closedCase(1, 90);
    const qint64 id = w.closedCase(5, 70);
    QTemporaryDir dir;

    SECTION("on-site service report")
    {
        const QString zh = PdfText::text(pdfOf(w, Kind::ServiceReport, id, QStringLiteral("zh_CN"), dir));
        requireAll(zh,
                   {QStringLiteral("服务内容 Replaced the packing set"),
                    QStringLiteral("更换备件 Packing set DN50"),
                    QStringLiteral("处理结果 No leak at 1.6 MPa"), QStringLiteral("客户意见"),
                    QStringLiteral("现场确认人：李明"), QStringLiteral("客户签字（盖章）/日期"),
                    QStringLiteral("服务技术员签字/日期")});
    }
    SECTION("return-visit record of the case")
    {
        const QString zh = PdfText::text(pdfOf(w, Kind::ReturnVisitRecord, id, QStringLiteral("zh_CN"), dir));
        requireAll(zh,
                   {QStringLiteral("首次回访（电话，3 天内）"), QStringLiteral("二次回访（电话，21 天内）"),
                    QStringLiteral("现场服务要求 是否确认 客户意见"),
                    QStringLiteral("Old packing left behind"), QStringLiteral("由销售部归档"),
                    QStringLiteral("依据《售后服务制度》第3.4.4条")});
        CHECK_FALSE(zh.contains(QStringLiteral("市场部")));
    }
    SECTION("return-visit report of a period")
    {
        const ReportService reports(w.t.connection());
        const QString path = dir.filePath(QStringLiteral("period-zh.pdf"));
        const QDate to = w.clock.now().date();
        REQUIRE(
            DocumentPainter::writePdf(
                {reports.returnVisitReport(to.addDays(-60), to, w.options(QStringLiteral("zh_CN")))}, path)
                .isEmpty());
        const QString zh = PdfText::text(path);
        requireAll(zh,
                   {QStringLiteral("统计期间：%1").arg(to.addDays(-60).toString(Qt::ISODate)),
                    QStringLiteral("按技术员统计"), QStringLiteral("按产品统计"),
                    QStringLiteral("技术员 回访次数 有评分的回访次数 平均评分 按时率"),
                    QStringLiteral("评分 是否按时 提出的问题及备注")});
    }
}
