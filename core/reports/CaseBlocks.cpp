#include "reports/CaseBlocks.h"

#include "domain/Channels.h"
#include "domain/PlanKinds.h"
#include "reports/DocumentContext.h"

CaseBlocks::CaseBlocks(const DocumentContext& context)
    : m_context(context)
{
}

QString CaseBlocks::tr(const char* source) const
{
    return m_context.translate("CaseBlocks", source);
}

QString CaseBlocks::product(const QualityCase& c) const
{
    if (c.modelCode.isEmpty())
        return c.modelName;
    if (c.modelName.isEmpty())
        return c.modelCode;
    return c.modelCode + QStringLiteral(" ") + c.modelName;
}

QString CaseBlocks::customer(const QualityCase& c) const
{
    return c.keyCustomer ? tr("%1 (key customer)").arg(c.customerName) : c.customerName;
}

QString CaseBlocks::contact(const QualityCase& c) const
{
    if (c.contactPhone.isEmpty())
        return c.contactName;
    return c.contactName + QStringLiteral(", ") + c.contactPhone;
}

QString CaseBlocks::channel(const QString& code) const
{
    const char* word = Channels::source(code);
    return word ? m_context.translate("Channels", word) : code;
}

QString CaseBlocks::yesNo(bool value) const
{
    return value ? tr("Yes") : tr("No");
}

QString CaseBlocks::planKind(PlanKind kind) const
{
    return m_context.translate("PlanKinds", PlanKinds::source(kind));
}

QString CaseBlocks::onTime(const QDateTime& done, const QDateTime& due) const
{
    if (!done.isValid())
        return due.isValid() && due < m_context.now() ? tr("Not yet — overdue") : tr("Not yet");
    if (!due.isValid() || done <= due)
        return tr("On time");
    return tr("Late");
}

QList<ReportHtml::Field> CaseBlocks::identity(const QualityCase& c) const
{
    return {{tr("Customer"), customer(c)},
            {tr("Contact"), contact(c)},
            {tr("Product"), product(c)},
            {tr("Serial no."), c.serialNo},
            {tr("Batch no."), c.batchNo},
            {tr("Order no."), c.orderNo},
            {tr("Quantity affected"), m_context.language().locale().toString(c.quantity)},
            {tr("Site address"), c.siteAddress}};
}
