#include "loops/RoundViewDialog.h"

#include "i18n/Translations.h"
#include "loops/LoopTable.h"
#include "loops/RoundReportDocument.h"
#include "loops/VisitService.h"
#include "main/Session.h"
#include "print/PrintController.h"
#include "reports/DocumentContext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString stateOf(const CustomerVisit& v)
{
    switch (v.status) {
    case CustomerVisitStatus::Due:
    case CustomerVisitStatus::Planned:
        return RoundViewDialog::tr("Planned");
    case CustomerVisitStatus::Recorded:
        return RoundViewDialog::tr("Recorded");
    case CustomerVisitStatus::Sent:
        return RoundViewDialog::tr("Sent to the departments");
    case CustomerVisitStatus::Filed:
        return RoundViewDialog::tr("Filed");
    case CustomerVisitStatus::Waived:
        return RoundViewDialog::tr("Not needed");
    }
    return {};
}

QString departmentsOf(const CustomerVisit& v)
{
    QStringList parts;
    for (const VisitRecipient& r : v.recipients)
        parts.append(r.receivedAt.isValid() ? RoundViewDialog::tr("%1 (signed)").arg(r.unitName)
                                            : RoundViewDialog::tr("%1 (waiting)").arg(r.unitName));
    return parts.join(QStringLiteral(", "));
}
} // namespace

RoundViewDialog::RoundViewDialog(Session& session, qint64 roundId, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_round(session.make<VisitService>().round(roundId))
    , m_language(language)
{
    setObjectName(QStringLiteral("roundViewDialog"));
    setWindowTitle(tr("Return-visit round %1").arg(m_round.number));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("roundHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setText(tr("<b>%1</b>: %2<br>Visits from %3 to %4, organised by %5")
                          .arg(m_round.number.toHtmlEscaped(), m_round.purpose.toHtmlEscaped(),
                               m_round.from.toString(Qt::ISODate), m_round.to.toString(Qt::ISODate),
                               m_round.organiser.toHtmlEscaped()));
    layout->addWidget(m_header);
    m_visits
        = LoopTable::make(this, QStringLiteral("roundVisits"),
                          {tr("Visit"), tr("Customer"), tr("Led by"), tr("Planned for"), tr("Visited on"),
                           tr("State"), tr("Record sent to"), tr("What the customer said")});
    for (const CustomerVisit& v : m_round.visits)
        LoopTable::append(m_visits,
                          {v.number, v.customerName, v.leaderName, v.plannedOn.toString(Qt::ISODate),
                           v.visitedOn.toString(Qt::ISODate), stateOf(v), departmentsOf(v),
                           QStringList {v.opinions, v.suggestions}.join(QLatin1Char(' ')).trimmed()});
    m_visits->resizeColumnsToContents();
    layout->addWidget(m_visits, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printRound"));
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("roundPdf"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this]() { PrintController::preview(this, document()); });
    connect(pdf, &QPushButton::clicked, this, [this]() { PrintController::savePdf(this, document()); });
    resize(960, 480);
}

QList<ReportDocument> RoundViewDialog::document() const
{
    ReportOptions options;
    options.language = m_language.isEmpty() ? Translations::current() : m_language;
    options.pageSize = Translations::pageSize();
    const DocumentContext context = m_session.make<DocumentContext>(options);
    return {RoundReportDocument(context).build(m_round)};
}
