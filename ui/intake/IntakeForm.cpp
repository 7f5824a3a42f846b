#include "intake/IntakeForm.h"

#include "UserError.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentSteps.h"
#include "attachments/AttachmentsPanel.h"
#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "common/FormUndo.h"
#include "common/Palette.h"
#include "db/DatabaseError.h"
#include "db/ServerLink.h"
#include "domain/Channels.h"
#include "intake/CallCustomerDialog.h"
#include "lists/ListRules.h"
#include "loops/RequirementDialog.h"
#include "loops/RequirementService.h"
#include "main/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

IntakeForm::IntakeForm(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_draft(session.call(&FormDraft::databaseId), session.user().username, QStringLiteral("intake"))
{
    setObjectName(QStringLiteral("intakeForm"));
    build();
    retranslate();
    clearFields();
    m_undo->watch();
}

IntakeForm::~IntakeForm() = default;

void IntakeForm::build()
{
    auto* outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    outer->addWidget(m_title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    outer->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    body->setMaximumWidth(900);
    auto* bodyLayout = new QVBoxLayout(body);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bodyLayout->addLayout(m_form);
    m_files = new AttachmentsPanel(m_session, AttachmentsPanel::Mode::Pending, body);
    m_files->setStep(AttachmentSteps::intake());
    bodyLayout->addWidget(m_files);
    bodyLayout->addStretch(1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    auto add = [this](const QString& key, QWidget* field, bool required) {
        m_captions.insert(key, m_errors.addRow(m_form, key, QString(), field, required));
        field->setObjectName(key);
    };
    m_customer = new QLineEdit(body);
    m_customerNames = new QStringListModel(this);
    auto* customerCompleter = new QCompleter(m_customerNames, this);
    customerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    customerCompleter->setFilterMode(Qt::MatchContains);
    m_customer->setCompleter(customerCompleter);
    // A customer or contact the company does not know yet is added here, during the call.
    m_newCustomer = new QPushButton(body);
    m_newCustomer->setObjectName(QStringLiteral("newCustomer"));
    m_addContact = new QPushButton(body);
    m_addContact->setObjectName(QStringLiteral("addContact"));
    const bool mayAdd = ListRules::mayAddDuringCall(m_session.user());
    m_newCustomer->setVisible(mayAdd);
    m_addContact->setVisible(mayAdd);
    add(QStringLiteral("customerId"), withButton(m_customer, m_newCustomer), true);
    m_customer->setObjectName(QStringLiteral("customerId"));
    m_contact = new QLineEdit(body);
    m_contactNames = new QStringListModel(this);
    auto* contactCompleter = new QCompleter(m_contactNames, this);
    contactCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_contact->setCompleter(contactCompleter);
    add(QStringLiteral("contactName"), withButton(m_contact, m_addContact), false);
    m_contact->setObjectName(QStringLiteral("contactName"));
    m_phone = new QLineEdit(body);
    add(QStringLiteral("contactPhone"), m_phone, false);
    m_channel = new QComboBox(body);
    for (const QString& code : Channels::codes())
        m_channel->addItem(QString(), code);
    add(QStringLiteral("channel"), m_channel, true);
    m_received = Fields::dateTime(body, m_session.clock().now(), m_session.clock(),
                                  m_session.workflow().deadlines().rules().zone);
    add(QStringLiteral("receivedAt"), m_received, true);
    m_serial = new QLineEdit(body);
    add(QStringLiteral("serialNo"), m_serial, false);
    m_serialWarning = new QLabel(body);
    m_serialWarning->setObjectName(QStringLiteral("serialWarning"));
    m_serialWarning->setWordWrap(true);
    m_serialWarning->setVisible(false);
    m_form->addRow(QString(), m_serialWarning);
    m_requirements = new QLabel(body);
    m_requirements->setObjectName(QStringLiteral("serialRequirements"));
    m_requirements->setWordWrap(true);
    m_requirements->setFrameShape(QFrame::StyledPanel);
    m_requirements->setVisible(false);
    m_form->addRow(QString(), m_requirements);
    m_model = new QComboBox(body);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->completer()->setFilterMode(Qt::MatchContains);
    m_model->completer()->setCompletionMode(QCompleter::PopupCompletion);
    fillModels();
    add(QStringLiteral("modelId"), m_model, true);
    m_batch = new QLineEdit(body);
    add(QStringLiteral("batchNo"), m_batch, false);
    m_order = new QLineEdit(body);
    add(QStringLiteral("orderNo"), m_order, false);
    m_quantity = new QSpinBox(body);
    m_quantity->setRange(1, 100000);
    add(QStringLiteral("quantity"), m_quantity, true);
    m_symptom = Fields::text(body, 3);
    add(QStringLiteral("symptom"), m_symptom, true);
    m_request = Fields::text(body, 2);
    add(QStringLiteral("customerRequest"), m_request, false);
    m_site = new QLineEdit(body);
    add(QStringLiteral("siteAddress"), m_site, false);
    m_objection = new QCheckBox(body);
    add(QStringLiteral("isObjection"), m_objection, false);

    auto* buttons = new QHBoxLayout;
    m_undo = new FormUndo(body);
    buttons->addWidget(m_undo->undoButton(this));
    buttons->addWidget(m_undo->redoButton(this));
    buttons->addStretch(1);
    m_discardButton = new QPushButton(this);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("intakeSave"));
    m_saveButton->setDefault(true);
    buttons->addWidget(m_discardButton);
    buttons->addWidget(m_saveButton);
    outer->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &IntakeForm::save);
    connect(m_newCustomer, &QPushButton::clicked, this, &IntakeForm::newCustomer);
    connect(m_addContact, &QPushButton::clicked, this, &IntakeForm::addContact);
    connect(m_discardButton, &QPushButton::clicked, this, [this]() { askDiscard(false); });
    auto* saveShortcut
        = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &IntakeForm::save);
    // A call saved while the server was away goes in by itself once the server answers again.
    connect(&m_session.serverLink(), &ServerLink::answered, this, [this](bool reachable) {
        if (reachable && m_waitingForServer)
            save();
    });

    for (QLineEdit* e : {m_contact, m_phone, m_batch, m_order, m_site})
        connect(e, &QLineEdit::textChanged, this, &IntakeForm::changed);
    connect(m_contact, &QLineEdit::textChanged, this, &IntakeForm::updateContactButton);
    connect(m_customer, &QLineEdit::textChanged, this, &IntakeForm::customerEdited);
    connect(m_serial, &QLineEdit::textChanged, this, &IntakeForm::serialChanged);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakeForm::changed);
    connect(m_model, &QComboBox::currentIndexChanged, this, &IntakeForm::changed);
    connect(m_received, &DateTimeField::changed, this, &IntakeForm::changed);
    connect(m_quantity, &QSpinBox::valueChanged, this, &IntakeForm::changed);
    connect(m_symptom, &QPlainTextEdit::textChanged, this, &IntakeForm::changed);
    connect(m_request, &QPlainTextEdit::textChanged, this, &IntakeForm::changed);
    connect(m_objection, &QCheckBox::toggled, this, &IntakeForm::changed);
    const QList<QWidget*> order {m_customer, m_contact, m_phone, m_channel,   m_received,
                                 m_serial,   m_model,   m_batch, m_order,     m_quantity,
                                 m_symptom,  m_request, m_site,  m_objection, m_saveButton};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void IntakeForm::retranslate()
{
    m_title->setText(tr("<h2>New case — customer's call</h2>Fields marked * are required. Ctrl+S saves, Esc "
                        "discards. The form is kept as you type."));
    const QList<QPair<QString, QString>> captions {
        {QStringLiteral("customerId"), tr("&Customer")},
        {QStringLiteral("contactName"), tr("C&ontact")},
        {QStringLiteral("contactPhone"), tr("P&hone")},
        {QStringLiteral("channel"), tr("Cha&nnel")},
        {QStringLiteral("receivedAt"), tr("&Received at")},
        {QStringLiteral("serialNo"), tr("Seria&l no.")},
        {QStringLiteral("modelId"), tr("&Product model")},
        {QStringLiteral("batchNo"), tr("&Batch")},
        {QStringLiteral("orderNo"), tr("Ship&ment / order")},
        {QStringLiteral("quantity"), tr("&Quantity affected")},
        {QStringLiteral("symptom"), tr("S&ymptom")},
        {QStringLiteral("customerRequest"), tr("Customer &asks for")},
        {QStringLiteral("siteAddress"), tr("Site a&ddress")},
        {QStringLiteral("isObjection"), tr("Ob&jection")}};
    for (const auto& c : captions) {
        QLabel* label = m_captions.value(c.first);
        const bool required = label && label->text().endsWith(QStringLiteral(" *"));
        if (label)
            label->setText(required ? FieldErrors::requiredMark(c.second) : c.second);
        if (QWidget* w = label ? label->buddy() : nullptr)
            w->setAccessibleName(QString(c.second).remove(u'&'));
    }
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i, Channels::name(m_channel->itemData(i).toString()));
    m_model->lineEdit()->setPlaceholderText(tr("Type to find a model, or fill it from the serial number"));
    m_customer->setPlaceholderText(tr("Type part of the name"));
    m_objection->setText(tr("The customer objects to the quality (starts the 24-hour disposal clock)"));
    m_saveButton->setText(tr("&Save case"));
    m_newCustomer->setText(tr("New customer…"));
    m_newCustomer->setToolTip(
        tr("Add a customer the company does not know yet; the office completes it later."));
    m_addContact->setText(tr("Keep as contact"));
    m_addContact->setToolTip(tr("Add this contact and phone number to the customer's contacts."));
    m_discardButton->setText(tr("Discard"));
}

void IntakeForm::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_draft.save(toJson(), 0, m_session.clock().now());
}

void IntakeForm::customerEdited(const QString& text)
{
    if (!m_loading && text.size() >= 1) {
        QStringList names;
        const QList<NamedItem> found = m_session.reference().customers(text, 20);
        for (const NamedItem& c : found) {
            names.append(c.name);
            m_customerIds.insert(c.name, c.id);
        }
        m_customerNames->setStringList(names);
    }
    const qint64 id = m_customerIds.value(text.trimmed());
    if (id > 0) {
        QStringList contacts;
        for (const NamedItem& c : m_session.reference().contacts(id))
            contacts.append(c.name);
        m_contactNames->setStringList(contacts);
    }
    updateContactButton();
    changed();
}

QWidget* IntakeForm::withButton(QWidget* field, QPushButton* button)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setParent(box);
    button->setParent(box);
    button->setAutoDefault(false);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    box->setFocusProxy(field);
    return box;
}

void IntakeForm::updateContactButton()
{
    const qint64 customer = m_customerIds.value(m_customer->text().trimmed());
    const QString name = m_contact->text().trimmed();
    m_addContact->setEnabled(customer > 0 && !name.isEmpty() && !m_contactNames->stringList().contains(name));
}

CallCustomerDialog* IntakeForm::newCustomer()
{
    CallCustomer start;
    start.name
        = m_customerIds.contains(m_customer->text().trimmed()) ? QString() : m_customer->text().trimmed();
    start.contactName = m_contact->text().trimmed();
    start.contactPhone = m_phone->text().trimmed();
    auto* dialog = new CallCustomerDialog(m_session, start, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const CallCustomer c = dialog->customer();
        const QString name = c.name.simplified();
        m_customerIds.insert(name, dialog->added().customerId);
        m_customer->setText(name);
        if (!c.contactName.trimmed().isEmpty()) {
            m_contactNames->setStringList({c.contactName.simplified()});
            m_contact->setText(c.contactName.simplified());
            m_phone->setText(c.contactPhone.trimmed());
        }
        showNote(
            tr("Customer %1 added (code %2); the office will complete it.").arg(name, dialog->added().code));
        m_contact->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
    return dialog;
}

bool IntakeForm::addContact()
{
    const qint64 customer = m_customerIds.value(m_customer->text().trimmed());
    m_errors.clear();
    try {
        m_session.make<CustomerCall>().addContact(m_session.user(), customer, m_contact->text(),
                                                  m_phone->text(), QString());
    } catch (const UserError& error) {
        QMap<QString, QString> fields = error.fieldErrors();
        m_errors.show(fields);
        showNote(error.message(), true);
        return false;
    }
    m_contactNames->setStringList(m_contactNames->stringList() << m_contact->text().trimmed());
    updateContactButton();
    showNote(tr("%1 is now a contact of the customer.").arg(m_contact->text().trimmed()));
    return true;
}

QString IntakeForm::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void IntakeForm::showNote(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Palette::error(palette()).name())
                                   : QString());
    m_message->setVisible(true);
}

void IntakeForm::serialChanged()
{
    const auto info = m_session.reference().serial(m_serial->text());
    if (info) {
        const bool wasLoading = m_loading;
        m_loading = true;
        Fields::select(m_model, info->modelId);
        m_batch->setText(info->batchNo);
        m_order->setText(info->orderNo);
        if (m_customer->text().trimmed().isEmpty()) {
            m_customerIds.insert(info->customerName, info->customerId);
            m_customer->setText(info->customerName);
        }
        m_loading = wasLoading;
        m_serialWarning->setVisible(info->openCases > 0);
        m_serialWarning->setText(
            tr("This serial number already has %n open case(s). Check it is not the same problem.", nullptr,
               info->openCases));
        m_serialWarning->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(Palette::dueSoon(palette()).name()));
    } else {
        m_serialWarning->setVisible(false);
    }
    showRequirements();
    changed();
}

void IntakeForm::showRequirements()
{
    const auto r = m_session.make<RequirementService>().ofSerial(m_serial->text());
    m_requirements->setVisible(r.has_value());
    if (!r)
        return;
    QStringList documents;
    for (const OrderDocument& d : r->documents)
        documents.append((d.checked ? QStringLiteral("☑ ") : QStringLiteral("☐ "))
                         + RequirementDialog::documentName(d).toHtmlEscaped());
    m_requirements->setText(
        tr("<b>Before supply, order %1:</b> medium %2, pressure %3, temperature %4<br>Special requirements: "
           "%5<br>Documents with the goods: %6")
            .arg(r->orderNo.toHtmlEscaped(), r->medium.toHtmlEscaped(), r->pressure.toHtmlEscaped(),
                 r->temperature.toHtmlEscaped(), r->special.toHtmlEscaped(),
                 documents.join(QStringLiteral(", "))));
}

QJsonObject IntakeForm::toJson() const
{
    return {
        {QStringLiteral("receivedAt"), m_received->text()}, // as typed, right or not yet
        {QStringLiteral("channel"), m_channel->currentData().toString()},
        {QStringLiteral("customer"), m_customer->text()},
        {QStringLiteral("customerId"), QString::number(m_customerIds.value(m_customer->text().trimmed()))},
        {QStringLiteral("contactName"), m_contact->text()},
        {QStringLiteral("contactPhone"), m_phone->text()},
        {QStringLiteral("serialNo"), m_serial->text()},
        {QStringLiteral("modelId"), QString::number(Fields::id(m_model))},
        {QStringLiteral("batchNo"), m_batch->text()},
        {QStringLiteral("orderNo"), m_order->text()},
        {QStringLiteral("quantity"), m_quantity->value()},
        {QStringLiteral("symptom"), m_symptom->toPlainText()},
        {QStringLiteral("customerRequest"), m_request->toPlainText()},
        {QStringLiteral("siteAddress"), m_site->text()},
        {QStringLiteral("isObjection"), m_objection->isChecked()}};
}

void IntakeForm::fromJson(const QJsonObject& o)
{
    m_loading = true;
    const QString customer = o.value(QStringLiteral("customer")).toString();
    const qint64 customerId = o.value(QStringLiteral("customerId")).toString().toLongLong();
    if (customerId > 0)
        m_customerIds.insert(customer.trimmed(), customerId);
    m_customer->setText(customer);
    const QString received = o.value(QStringLiteral("receivedAt")).toString();
    if (const QDateTime at = QDateTime::fromString(received, Qt::ISODate);
        at.timeSpec() == Qt::UTC && at.isValid())
        // a draft written before the field kept the text: the moment in UTC
        m_received->setDateTime(at);
    else
        m_received->setText(received);
    m_channel->setCurrentIndex(
        std::max(0, m_channel->findData(o.value(QStringLiteral("channel")).toString())));
    m_contact->setText(o.value(QStringLiteral("contactName")).toString());
    m_phone->setText(o.value(QStringLiteral("contactPhone")).toString());
    m_serial->setText(o.value(QStringLiteral("serialNo")).toString());
    Fields::select(m_model, o.value(QStringLiteral("modelId")).toString().toLongLong());
    m_batch->setText(o.value(QStringLiteral("batchNo")).toString());
    m_order->setText(o.value(QStringLiteral("orderNo")).toString());
    m_quantity->setValue(o.value(QStringLiteral("quantity")).toInt(1));
    m_symptom->setPlainText(o.value(QStringLiteral("symptom")).toString());
    m_request->setPlainText(o.value(QStringLiteral("customerRequest")).toString());
    m_site->setText(o.value(QStringLiteral("siteAddress")).toString());
    m_objection->setChecked(o.value(QStringLiteral("isObjection")).toBool());
    m_loading = false;
    m_dirty = true;
}

void IntakeForm::clearFields()
{
    m_waitingForServer = false; // a call discarded or saved is no longer waiting
    m_loading = true;
    for (QLineEdit* e : {m_customer, m_contact, m_phone, m_serial, m_batch, m_order, m_site})
        e->clear();
    m_symptom->clear();
    m_request->clear();
    m_channel->setCurrentIndex(0);
    m_model->setCurrentIndex(0);
    m_quantity->setValue(1);
    m_objection->setChecked(false);
    m_received->setDateTime(m_session.clock().now());
    m_serialWarning->setVisible(false);
    m_requirements->setVisible(false);
    m_message->setVisible(false);
    m_errors.clear();
    m_loading = false;
    m_dirty = false;
    m_files->clearPending();
    m_undo->reset();
}

bool IntakeForm::isDirty() const
{
    return m_dirty || m_files->hasPending();
}

void IntakeForm::fillModels()
{
    // The models offered now (the office may have added or deactivated some since).
    // Read first: a server that does not answer leaves the form as it was, still noting edits.
    const QList<NamedItem> models = m_session.reference().productModels();
    const bool wasLoading = m_loading;
    m_loading = true;
    const qint64 chosen = Fields::id(m_model);
    m_model->clear();
    m_model->addItem(QString(), qint64(0));
    for (const NamedItem& m : models)
        m_model->addItem(m.code + QStringLiteral(" — ") + m.name, m.id);
    Fields::select(m_model, chosen);
    m_loading = wasLoading;
}

void IntakeForm::startNew()
{
    // An empty form received now, even when the models cannot be read (the server away: the
    // clerk is told, and what is typed is saved once it answers), never the time of the last one.
    if (!isDirty())
        clearFields();
    m_customer->setFocus(Qt::OtherFocusReason);
    fillModels();
}

bool IntakeForm::restoreDraft()
{
    const std::optional<FormDraft::Content> draft = m_draft.load();
    if (!draft)
        return false;
    fillModels();
    fromJson(draft->fields);
    m_undo->reset(); // the draft is where the clerk left off
    m_customer->setFocus(Qt::OtherFocusReason);
    return true;
}

bool IntakeForm::save()
{
    IntakeData d;
    d.channel = m_channel->currentData().toString();
    d.customerId = m_customerIds.value(m_customer->text().trimmed());
    d.contactName = m_contact->text().trimmed();
    d.contactPhone = m_phone->text().trimmed();
    d.modelId = Fields::id(m_model);
    d.serialNo = m_serial->text().trimmed();
    d.batchNo = m_batch->text().trimmed();
    d.orderNo = m_order->text().trimmed();
    d.quantity = m_quantity->value();
    d.symptom = m_symptom->toPlainText();
    d.customerRequest = m_request->toPlainText();
    d.siteAddress = m_site->text().trimmed();
    d.isObjection = m_objection->isChecked();
    qint64 id = 0;
    m_errors.clear();
    try {
        d.receivedAt = Fields::utc(m_received); // a date that cannot be read stops here, in words
        // The case and the files added to it during the call: saved together, or neither.
        id = m_session.make<AttachmentService>().saveWith(
            m_session.user(), m_files->pending(), AttachmentSteps::intake(),
            [&]() { return m_session.workflow().logCase(m_session.user(), d); });
    } catch (const DatabaseError& error) {
        if (error.kind() != DatabaseError::Kind::Unreachable)
            return refused(error);
        m_waitingForServer = true;
        m_draft.save(toJson(), 0, m_session.clock().now()); // on disk too, whatever happens meanwhile
        m_message->setText(tr("The connection to the database server was lost. What you typed is kept and "
                              "will be saved by itself as soon as the server answers again."));
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
        m_message->setVisible(true);
        if (!m_session.serverLink().isChecking())
            m_session.serverLink().check();
        return false;
    } catch (const UserError& error) {
        return refused(error);
    }
    m_waitingForServer = false;
    m_draft.clear();
    clearFields();
    m_session.notifyChanged(id);
    emit caseLogged(id);
    return true;
}

bool IntakeForm::refused(const UserError& error)
{
    m_waitingForServer = false;
    m_message->setText(error.message());
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
    m_message->setVisible(true);
    m_errors.show(error.fieldErrors());
    return false;
}

void IntakeForm::askDiscard(bool offerSave)
{
    if (isDirty()) {
        QMessageBox ask(QMessageBox::Question, tr("Discard this call?"),
                        offerSave ? tr("The case has not been saved. Save what you typed?")
                                  : tr("The case has not been saved. Discard what you typed?"),
                        (offerSave ? QMessageBox::Save : QMessageBox::NoButton) | QMessageBox::Discard
                            | QMessageBox::Cancel,
                        this);
        ask.setObjectName(QStringLiteral("unsavedChanges"));
        ask.button(QMessageBox::Discard)->setText(tr("Discard"));
        ask.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
        ask.setDefaultButton(offerSave ? QMessageBox::Save : QMessageBox::Cancel);
        ask.setEscapeButton(QMessageBox::Cancel);
        const int answer = ask.exec();
        if (answer == QMessageBox::Save)
            save();
        if (answer != QMessageBox::Discard)
            return;
    }
    m_draft.clear();
    clearFields();
    emit closed();
}

void IntakeForm::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        askDiscard(true);
        return;
    }
    QWidget::keyPressEvent(event);
}

void IntakeForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
