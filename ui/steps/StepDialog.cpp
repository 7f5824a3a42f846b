#include "steps/StepDialog.h"

#include "UserError.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentsPanel.h"
#include "common/DialogFit.h"
#include "common/DialogKeys.h"
#include "common/FieldValues.h"
#include "common/FormUndo.h"
#include "common/Palette.h"
#include "common/ServerWaitPrompt.h"
#include "db/DatabaseError.h"
#include "db/ServerLink.h"
#include "main/Session.h"
#include "steps/ConflictDialog.h"
#include "workflow/ConflictError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace {
int s_serverRetryIntervalMs = 5000;
int s_serverRetryForMs = 10 * 60 * 1000;
} // namespace

StepDialog::StepDialog(Session& session, const QualityCase& c, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_case(c)
    , m_baseVersion(c.version)
{
    setWindowTitle(tr("%1 — %2").arg(title, c.number));
    auto* layout = new QVBoxLayout(this);
    auto* heading
        = new QLabel(tr("<b>%1</b> · %2 · %3")
                         .arg(c.number.toHtmlEscaped(), c.customerName.toHtmlEscaped(),
                              QString(c.modelCode + QLatin1Char(' ') + c.serialNo).trimmed().toHtmlEscaped()),
                     this);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    m_draftBar = new QFrame(this);
    m_draftBar->setObjectName(QStringLiteral("draftBar"));
    m_draftBar->setFrameShape(QFrame::StyledPanel);
    auto* bar = new QHBoxLayout(m_draftBar);
    m_draftText = new QLabel(m_draftBar);
    m_draftText->setWordWrap(true);
    bar->addWidget(m_draftText, 1);
    auto* startOver = new QPushButton(tr("Start over"), m_draftBar);
    startOver->setObjectName(QStringLiteral("startOver"));
    startOver->setAutoDefault(false);
    startOver->setToolTip(tr("Throw the restored text away and start from the case as it is"));
    bar->addWidget(startOver);
    m_draftBar->setVisible(false);
    layout->addWidget(m_draftBar);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("changedNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the last field to the buttons
    auto* body = new QWidget(scroll);
    m_form = new QFormLayout(body);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
    m_files = new AttachmentsPanel(session, AttachmentsPanel::Mode::Pending, this);
    layout->addWidget(m_files);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)
        ->setToolTip(
            tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_undo = new FormUndo(body);
    m_buttons->addButton(m_undo->undoButton(m_buttons), QDialogButtonBox::ResetRole);
    m_buttons->addButton(m_undo->redoButton(m_buttons), QDialogButtonBox::ResetRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StepDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    connect(startOver, &QPushButton::clicked, this, &StepDialog::startOver);
    connect(&session, &Session::changedElsewhere, this, &StepDialog::changedElsewhere);
    m_serverRetry = new QTimer(this);
    connect(m_serverRetry, &QTimer::timeout, this, &StepDialog::retryOnServer);
    connect(&session.serverLink(), &ServerLink::answered, this, &StepDialog::serverAnswered);
    DialogKeys::install(); // Ctrl+S saves, Alt+letter types nothing
    resize(640, 600);
}

void StepDialog::setFileStep(const QString& step)
{
    m_files->setStep(step);
}

QLabel* StepDialog::addRow(const QString& key, const QString& label, QWidget* field, bool required)
{
    m_fields.append({key, field});
    return m_errors.addRow(m_form, key, label, field, required);
}

void StepDialog::addNote(const QString& text)
{
    auto* note = new QLabel(text, m_form->parentWidget());
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    m_form->addRow(note);
}

QJsonObject StepDialog::values() const
{
    QJsonObject o;
    for (const auto& [key, field] : m_fields)
        if (field)
            o.insert(key, FieldValues::read(field));
    return o;
}

void StepDialog::setValues(const QJsonObject& values)
{
    // In the order of the form: a field that fills another (the agency, its technicians) first.
    for (const auto& [key, field] : m_fields)
        if (field && values.contains(key))
            FieldValues::write(field, values.value(key));
}

bool StepDialog::isDirty() const
{
    return m_started && (values() != m_initial || m_files->hasPending());
}

void StepDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
    m_message->setVisible(true);
}

bool StepDialog::save()
{
    m_errors.clear();
    m_message->setVisible(false);
    try {
        // The record and the files added in the form: both saved, or neither.
        m_session.make<AttachmentService>().saveWith(m_session.user(), m_files->pending(), m_files->step(),
                                                     [this]() {
                                                         submit();
                                                         return m_case.id;
                                                     });
    } catch (const ConflictError& conflict) {
        stopWaitingForServer();
        showMessage(conflict.message());
        return resolveConflict(conflict);
    } catch (const DatabaseError& error) {
        if (error.kind() == DatabaseError::Kind::Unreachable) {
            waitForServer();
            return false;
        }
        stopWaitingForServer();
        showMessage(error.message());
        return false;
    } catch (const UserError& error) {
        stopWaitingForServer();
        showMessage(error.message());
        m_errors.show(error.fieldErrors());
        return false;
    }
    stopWaitingForServer();
    if (m_draft)
        m_draft->clear();
    m_files->clearPending();
    m_session.notifyChanged(m_case.id);
    accept();
    return true;
}

void StepDialog::setServerRetry(int intervalMs, int forMs)
{
    s_serverRetryIntervalMs = intervalMs;
    s_serverRetryForMs = forMs;
}

bool StepDialog::isWaitingForServer() const
{
    return m_serverRetry->isActive();
}

void StepDialog::waitForServer()
{
    writeDraft(); // on disk too, whatever happens to this program meanwhile
    if (!m_serverRetry->isActive()) {
        m_serverDeadline = QDeadlineTimer(s_serverRetryForMs);
        m_serverRetry->start(s_serverRetryIntervalMs);
    }
    const QDateTime until = m_session.clock().now().addMSecs(m_serverDeadline.remainingTime());
    showMessage(tr("The connection to the database server was lost. What you typed is kept and will be saved "
                   "by itself as soon as the server answers again (trying until %1).")
                    .arg(m_session.workflow().changeWords().when(until)));
    if (!m_savingByItself)
        askServer(); // Save pressed by hand: ask at once (a save tried by itself waits for the timer)
}

void StepDialog::retryOnServer()
{
    if (m_serverDeadline.hasExpired()) {
        stopWaitingForServer();
        showMessage(tr("The database server has not answered again, so this is not saved yet. What you typed "
                       "is kept: press Save to try again, or ask your administrator."));
        return;
    }
    if (!m_session.serverLink().isLost()) { // opened again meanwhile (by another page of the window)
        serverAnswered(true);
        return;
    }
    askServer();
}

void StepDialog::askServer()
{
    // Opening the connection again blocks the window until the server answers or libpq gives up;
    // so the session's link first asks on a worker thread whether the server answers at all.
    ServerLink& link = m_session.serverLink();
    if (link.isChecking())
        return;
    ++m_serverRetries;
    link.check();
}

void StepDialog::serverAnswered(bool reachable)
{
    if (!reachable || !m_serverRetry->isActive())
        return;
    m_savingByItself = true;
    save(); // the version the form was opened on is checked as for Save pressed by hand
    m_savingByItself = false;
}

void StepDialog::stopWaitingForServer()
{
    m_serverRetry->stop();
}

bool StepDialog::resolveConflict(const ConflictError& conflict)
{
    ConflictDialog box(conflict, m_session.workflow().changeWords(), this);
    box.exec();
    switch (box.choice()) {
    case ConflictDialog::Choice::ApplyMine:
        // What I typed stays; it is saved again on the case as it is now (core's rules apply).
        applyOnTop(m_session.workflow().load(m_case.id));
        return save();
    case ConflictDialog::Choice::DropMine:
        m_session.notifyChanged(m_case.id); // the case as they left it is shown
        discardAndClose();
        return false;
    case ConflictDialog::Choice::KeepEditing:
        break;
    }
    return false;
}

void StepDialog::applyOnTop(const QualityCase& now)
{
    // The fields I did not touch take what the case says now; what I typed stays.
    const std::unique_ptr<StepDialog> fresh(m_reopen ? m_reopen(now) : nullptr);
    if (fresh) {
        const QJsonObject theirs = fresh->values();
        const QJsonObject mine = values();
        QJsonObject untouched;
        for (const auto& [key, field] : std::as_const(m_fields))
            if (mine.value(key) == m_initial.value(key) && theirs.contains(key))
                untouched.insert(key, theirs.value(key));
        setValues(untouched);
        m_initial = theirs;
    }
    m_case = now;
    m_baseVersion = now.version;
    m_notice->setVisible(false);
    m_draftBar->setVisible(false);
    writeDraft();
}

QString StepDialog::generalError() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void StepDialog::showEvent(QShowEvent* event)
{
    if (!m_started)
        start(); // the fields are all there once the form is shown
    QDialog::showEvent(event);
}

void StepDialog::start()
{
    m_started = true;
    // The first field takes the focus (not the scroll area, not a button).
    for (const auto& [key, field] : std::as_const(m_fields))
        if (field && field->isEnabled() && field->focusPolicy() != Qt::NoFocus) {
            field->setFocus(Qt::OtherFocusReason);
            break;
        }
    m_undo->watch();
    m_initial = values();
    const User& user = m_session.user();
    m_draft.emplace(m_session.call(&FormDraft::databaseId), user.username,
                    FormDraft::caseForm(m_case.id, formName()));
    offerDraft();
    connect(m_undo, &FormUndo::edited, this, &StepDialog::writeDraft);
    DialogFit::toContents(this, width()); // as tall as the fields, at most the screen
}

void StepDialog::offerDraft()
{
    const std::optional<FormDraft::Content> content = m_draft->load();
    if (!content)
        return;
    setValues(content->fields);
    if (content->caseVersion > 0)
        m_baseVersion = content->caseVersion;
    m_undo->reset(); // the draft is where the person left off
    m_draftText->setText(tr("Restored what you typed at %1; it has not been saved yet.")
                             .arg(m_session.workflow().changeWords().when(content->savedAt)));
    m_draftBar->setVisible(true);
    showChangesNotice(); // the case may have moved on since
}

void StepDialog::startOver()
{
    setValues(m_initial);
    m_baseVersion = m_case.version;
    m_undo->reset();
    m_draft->clear();
    m_draftBar->setVisible(false);
    m_notice->setVisible(false);
}

void StepDialog::writeDraft()
{
    if (!m_draft)
        return;
    if (isDirty())
        m_draft->save(values(), m_baseVersion, m_session.clock().now());
    else
        m_draft->clear();
}

void StepDialog::discardAndClose()
{
    stopWaitingForServer();
    if (m_draft)
        m_draft->clear();
    QDialog::reject();
}

void StepDialog::reject()
{
    if (isWaitingForServer()) {
        switch (ServerWaitPrompt::askCloseForm(this)) {
        case ServerWaitPrompt::Answer::KeepWaiting:
            return;
        case ServerWaitPrompt::Answer::CloseKeepDraft:
            stopWaitingForServer();
            writeDraft();
            QDialog::reject(); // the draft is offered when this form of the case is opened again
            return;
        case ServerWaitPrompt::Answer::Discard:
            discardAndClose();
            return;
        }
    }
    if (!isDirty()) {
        discardAndClose();
        return;
    }
    QMessageBox ask(QMessageBox::Question, windowTitle(), tr("Save what you typed in this form?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("unsavedChanges"));
    ask.setInformativeText(tr("Discard throws it away; Keep editing goes back to the form."));
    ask.button(QMessageBox::Discard)->setText(tr("Discard"));
    ask.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    ask.setDefaultButton(QMessageBox::Save);
    ask.setEscapeButton(QMessageBox::Cancel);
    switch (ask.exec()) {
    case QMessageBox::Save:
        save();
        break;
    case QMessageBox::Discard:
        discardAndClose();
        break;
    default:
        break; // keep editing
    }
}

void StepDialog::changedElsewhere(const QSet<qint64>& caseIds)
{
    if (caseIds.contains(m_case.id))
        showChangesNotice();
}

void StepDialog::showChangesNotice()
{
    const QList<CaseChange> changes = m_session.workflow().changesSince(ref());
    if (changes.isEmpty())
        return;
    m_notice->setText(m_session.workflow().changeWords().editingNotice(changes));
    m_notice->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(Palette::dueSoon(palette()).name()));
    m_notice->setVisible(true);
}
