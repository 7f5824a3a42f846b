#include "ReportWorld.h"

#include "LatestCase.h"
#include "reference/ReferenceData.h"
#include "reports/DocumentLanguage.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace {
QString logoSetting()
{
    QImage logo(240, 120, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter p(&logo);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x1f, 0x3b, 0x57));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRect(10, 10, 100, 100));
    p.setBrush(QColor(0x4a, 0x90, 0xc2));
    p.drawRect(QRect(120, 45, 110, 30));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}
} // namespace

ReportWorld::ReportWorld()
    : flow(t.connection(), clock)
{
    const ReferenceData ref(t.connection());
    ref.setSetting(QStringLiteral("company.name"), QStringLiteral("Huaxia Fluid Control Co., Ltd."));
    ref.setSetting(QStringLiteral("company.address"),
                   QStringLiteral("88 Valve Road, Jiading, Shanghai 201800 · Tel. +86 21 5555 0000"));
    ref.setSetting(QStringLiteral("company.logo"), logoSetting());
    ref.setSetting(QStringLiteral("company.form_code.feedback_sheet"), QStringLiteral("QR-8.2-01"));
}

QString ReportWorld::number(qint64 caseId) const
{
    return flow.load(caseId).number;
}

ReportOptions ReportWorld::options(const QString& language) const
{
    ReportOptions o;
    o.language = language;
    o.now = clock.now();
    return o;
}

qint64 ReportWorld::caseWithSheet(int quantity)
{
    IntakeData in;
    in.channel = QStringLiteral("phone");
    in.customerId = t.keyCustomerId;
    in.contactName = QStringLiteral("李明");
    in.contactPhone = QStringLiteral("+86 21 5555 1234");
    in.serialNo = t.serialNo;
    in.quantity = quantity;
    in.symptom = QStringLiteral("Stem packing leaks after two weeks; 阀杆填料处外漏");
    in.customerRequest = QStringLiteral("Send a technician");
    in.siteAddress = QStringLiteral("Unit 3, 1 Refinery Road");
    in.isObjection = true;
    const qint64 id = flow.logCase(t.sales, in);
    flow.sendToQuality(t.sales, latest(flow, id));
    clock.advanceHours(1);
    flow.recordByQuality(t.quality, latest(flow, id));
    clock.advanceHours(2);
    AnalysisData a;
    a.verification = QStringLiteral("Confirmed by photos");
    a.analysis = QStringLiteral("Packing compression insufficient at assembly");
    a.defectCategoryId = t.categoryId;
    a.defectCauseId = t.causeId;
    a.gradeId = t.gradeB;
    a.units = {{t.rndUnit, QStringLiteral("Find the root cause of the packing leak"), {}},
               {t.techSupportUnit, QStringLiteral("Support the technician on site"), {}}};
    flow.analyse(t.quality, latest(flow, id), a);
    flow.issueFeedbackSheet(t.quality, latest(flow, id));
    return id;
}

qint64 ReportWorld::closedCase(int firstVisitDelayDays, int marks)
{
    const qint64 id = caseWithSheet();
    clock.advanceHours(1);
    flow.recordUnitReply(t.quality, latest(flow, id), t.rndUnit, QStringLiteral("Assembly torque corrected"));
    flow.recordUnitReply(t.quality, latest(flow, id), t.techSupportUnit, QStringLiteral("Guidance given"));
    PlanData plan;
    plan.kind = PlanKind::OnSite;
    plan.agencyId = t.agencyId;
    plan.technicianId = t.technician.technicianId;
    plan.disposalSuggestion = QStringLiteral("Retighten the gland; technician on site");
    flow.planProcessing(t.sales, latest(flow, id), plan);
    clock.advanceHours(20);
    ServiceData s;
    s.arrivedAt = clock.now().addSecs(-3 * 3600);
    s.workDone = QStringLiteral("Replaced the packing set");
    s.partsUsed = QStringLiteral("Packing set DN50");
    s.result = QStringLiteral("No leak at 1.6 MPa");
    s.customerConfirmed = true;
    s.confirmedBy = QStringLiteral("李明");
    flow.recordOnSiteService(t.technician, latest(flow, id), s);
    clock.advanceDays(firstVisitDelayDays);
    FirstVisitData first;
    first.items = {{QStringLiteral("Arrived at the appointed time"), true, {}},
                   {QStringLiteral("Cleaned up the site"), false, QStringLiteral("Old packing left behind")}};
    first.marks = marks;
    first.remarks = QStringLiteral("Customer satisfied");
    flow.recordFirstVisit(t.sales, latest(flow, id), first);
    clock.advanceDays(10);
    SecondVisitData second;
    second.productUse = QStringLiteral("In continuous service");
    second.feedback = QStringLiteral("Slight weeping again");
    second.transferToTechnicalSupport = true;
    second.followUpTask = QStringLiteral("Check the gland again");
    flow.recordSecondVisit(t.sales, latest(flow, id), second);
    const QualityCase c = flow.load(id);
    clock.advanceDays(1);
    for (const FollowUp& f : c.followUps)
        flow.completeFollowUp(t.techSupport, latest(flow, id), f.id, QStringLiteral("Gland retightened"));
    clock.advanceHours(2);
    flow.closeCase(t.quality, latest(flow, id),
                   {QStringLiteral("Packing leak at the stem"),
                    QStringLiteral("Packing replaced, torque corrected"),
                    QStringLiteral("The leak was caused by too little packing compression at assembly."),
                    {}});
    return id;
}
