#include "loops/RequirementDialog.h"

#include "common/DialogFit.h"
#include "common/Fields.h"
#include "common/FormButtons.h"
#include "common/FormMessage.h"
#include "dates/CompanyTime.h"
#include "loops/LoopRules.h"
#include "main/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kindRole = Qt::UserRole;
constexpr int nameRole = Qt::UserRole + 1;
} // namespace

QString RequirementDialog::documentName(const OrderDocument& d)
{
    if (d.kind == QLatin1String("certificate"))
        return tr("Certificate of conformity");
    if (d.kind == QLatin1String("manual"))
        return tr("Operating manual");
    if (d.kind == QLatin1String("test_report"))
        return tr("Test report");
    return d.name;
}

RequirementDialog::RequirementDialog(Session& session, const QString& orderNo, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_service(session.make<RequirementService>())
    , m_order(m_service.load(orderNo))
{
    setObjectName(QStringLiteral("requirementDialog"));
    setWindowTitle(tr("Before supply: order %1").arg(m_order.orderNo));
    const bool editable = LoopRules::mayDo(session.user(), LoopStep::RecordRequirements);
    auto* layout = new QVBoxLayout(this);
    auto* heading
        = new QLabel(tr("<b>%1</b>, order %2, first delivery %3, %n batch(es)", nullptr, m_order.batches)
                         .arg(m_order.customerName.toHtmlEscaped(), m_order.orderNo.toHtmlEscaped(),
                              m_order.deliveryOn.toString(Qt::ISODate)),
                     this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    if (!editable) {
        auto* note = new QLabel(LoopRules::roleRefusal(session.user(), LoopStep::RecordRequirements), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* form = new QFormLayout;
    layout->addLayout(form);
    medium = new QLineEdit(m_order.medium, this);
    medium->setObjectName(QStringLiteral("medium"));
    pressure = new QLineEdit(m_order.pressure, this);
    pressure->setObjectName(QStringLiteral("pressure"));
    temperature = new QLineEdit(m_order.temperature, this);
    temperature->setObjectName(QStringLiteral("temperature"));
    special = Fields::text(this, 3);
    special->setObjectName(QStringLiteral("special"));
    special->setPlainText(m_order.special);
    documents = new QListWidget(this);
    documents->setObjectName(QStringLiteral("documents"));
    for (const OrderDocument& d : m_order.documents)
        addItem(d);
    auto* addRow = new QWidget(this);
    auto* addLayout = new QHBoxLayout(addRow);
    addLayout->setContentsMargins(0, 0, 0, 0);
    newDocument = new QLineEdit(addRow);
    newDocument->setObjectName(QStringLiteral("newDocument"));
    newDocument->setPlaceholderText(tr("Another document agreed with the customer"));
    auto* add = new QPushButton(tr("&Add"), addRow);
    addLayout->addWidget(newDocument, 1);
    addLayout->addWidget(add);
    m_errors.addRow(form, QStringLiteral("medium"), tr("&Medium"), medium);
    m_errors.addRow(form, QStringLiteral("pressure"), tr("&Pressure"), pressure);
    m_errors.addRow(form, QStringLiteral("temperature"), tr("&Temperature"), temperature);
    m_errors.addRow(form, QStringLiteral("special"), tr("&Special requirements"), special);
    m_errors.addRow(form, QStringLiteral("documents"), tr("&Documents with the goods"), documents);
    form->addRow(QString(), addRow);
    if (m_order.isRecorded())
        form->addRow(QString(),
                     new QLabel(tr("Recorded by %1 on %2")
                                    .arg(m_order.recordedBy,
                                         CompanyTime::day(m_order.recordedAt,
                                                          m_session.workflow().deadlines().rules().zone)
                                             .toString(Qt::ISODate)),
                                this));
    m_general = new FormMessage(this);
    layout->addWidget(m_general);
    auto* buttons = new FormButtons(
        this, [this]() { save(); },
        editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    layout->addWidget(buttons);
    for (QLineEdit* e : {medium, pressure, temperature, newDocument})
        e->setReadOnly(!editable);
    special->setReadOnly(!editable);
    add->setVisible(editable);
    newDocument->setVisible(editable);
    connect(add, &QPushButton::clicked, this, [this]() { addDocument(newDocument->text()); });
    connect(newDocument, &QLineEdit::returnPressed, this, [this]() { addDocument(newDocument->text()); });
    setMinimumWidth(560);
    DialogFit::toContents(this, 560); // as tall as the fields at that width
}

void RequirementDialog::addItem(const OrderDocument& d)
{
    auto* item = new QListWidgetItem(documentName(d), documents);
    item->setData(kindRole, d.kind);
    item->setData(nameRole, d.name);
    const bool editable = LoopRules::mayDo(m_session.user(), LoopStep::RecordRequirements);
    item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                            : Qt::ItemIsEnabled);
    item->setCheckState(d.checked ? Qt::Checked : Qt::Unchecked);
    if (d.checked)
        item->setToolTip(tr("Checked by %1 on %2")
                             .arg(d.checkedBy,
                                  CompanyTime::day(d.checkedAt, m_session.workflow().deadlines().rules().zone)
                                      .toString(Qt::ISODate)));
}

void RequirementDialog::addDocument(const QString& name)
{
    if (name.trimmed().isEmpty())
        return;
    addItem({QStringLiteral("other"), name.trimmed(), false, {}, {}});
    newDocument->clear();
}

RequirementData RequirementDialog::data() const
{
    RequirementData d;
    d.medium = medium->text();
    d.pressure = pressure->text();
    d.temperature = temperature->text();
    d.special = special->toPlainText();
    for (int i = 0; i < documents->count(); ++i) {
        const QListWidgetItem* item = documents->item(i);
        d.documents.append({item->data(kindRole).toString(),
                            item->data(nameRole).toString(),
                            item->checkState() == Qt::Checked,
                            {},
                            {}});
    }
    return d;
}

QString RequirementDialog::generalError() const
{
    return m_general->shown();
}

bool RequirementDialog::save()
{
    const bool saved = m_general->run(
        m_errors, [&]() { m_service.save(m_session.user(), m_order.orderNo, m_order.version, data()); });
    if (!saved) {
        adjustSize();
        return false;
    }
    m_session.notifyChanged(0);
    accept();
    return true;
}
