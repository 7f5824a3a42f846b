#include "lists/ListEditDialog.h"

#include "UserError.h"
#include "common/DialogFit.h"
#include "common/Palette.h"
#include "lists/EmptyListHint.h"
#include "lists/ListFieldEditor.h"
#include "lists/ListPage.h"
#include "lists/ListRules.h"
#include "lists/ListService.h"
#include "lists/ListSpec.h"
#include "lists/ReferencePicker.h"
#include "main/Session.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

ListEditDialog::ListEditDialog(Session& session, const ListSpec& spec, qint64 id, qint64 parentId,
                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_spec(spec)
    , m_id(id)
    , m_parentId(parentId)
    , m_mayChange(ListRules::mayChange(session.user()))
{
    setObjectName(spec.id + QStringLiteral("Dialog"));
    build();
    load();
    retranslate();
    updateChildren();
}

void ListEditDialog::build()
{
    auto* outer = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("listMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    outer->addWidget(m_message);
    m_tabs = new QTabWidget(this);
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the last field to the buttons
    auto* body = new QWidget(scroll);
    auto* bodyLayout = new QVBoxLayout(body);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bodyLayout->addLayout(m_form);
    bodyLayout->addStretch(1);
    scroll->setWidget(body);
    m_tabs->addTab(scroll, QString());
    for (const ListField& f : m_spec.fields) {
        if (f.key == m_spec.parentField && m_parentId > 0)
            continue; // a child entry of the parent being edited
        auto* editor = new ListFieldEditor(m_session, f, body);
        editor->setContext(m_session.clock(), m_session.workflow().deadlines().rules().zone);
        m_editors.insert(f.key, editor);
        m_captions.insert(
            f.key, m_errors.addRow(m_form, f.key, QString(), editor->widget(), f.has(FieldFlag::Required)));
        editor->widget()->setEnabled(m_mayChange);
        // A required entry of a list still empty (a serial's order on a new database): say so.
        if (f.kind == FieldKind::Reference && f.has(FieldFlag::Required)) {
            auto* hint = new EmptyListHint(m_session, ListSpecs::get(f.refList), editor->picker(),
                                           m_mayChange, editor->widget()->parentWidget());
            editor->widget()->parentWidget()->layout()->addWidget(hint);
            m_hints.append(hint);
        }
    }
    // A reference that must belong to another field's entry (a site of the customer chosen).
    for (const ListField& f : m_spec.fields) {
        ListFieldEditor* within = m_editors.value(f.refWithin);
        ListFieldEditor* scoped = m_editors.value(f.key);
        if (f.refWithin.isEmpty() || !within || !scoped)
            continue;
        connect(within, &ListFieldEditor::changed, scoped,
                [within, scoped]() { scoped->picker()->setScope(within->picker()->chosenId()); });
    }
    for (const ListSpec* child : ListSpecs::children(m_spec.id)) {
        auto* page = new ListPage(m_session, *child, m_id > 0 ? m_id : -1, m_tabs); // -1: none yet
        m_children.insert(child->id, page);
        m_tabs->addTab(page, QString());
    }
    if (m_children.isEmpty())
        m_tabs->tabBar()->hide();
    outer->addWidget(m_tabs, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(m_mayChange);
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ListEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ListEditDialog::save);
    DialogFit::toContents(this, m_children.isEmpty() ? 560 : 760);
    // The first field takes the focus, not the tab bar or the scrolled form.
    for (const ListField& f : m_spec.fields)
        if (ListFieldEditor* editor = m_editors.value(f.key); editor && editor->widget()->isEnabled()) {
            editor->widget()->setFocus(Qt::OtherFocusReason);
            break;
        }
}

void ListEditDialog::load()
{
    if (m_id <= 0)
        return;
    const QVariantMap values = m_session.make<ListService>().load(m_spec.id, m_id);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setValue(values.value(it.key()));
    for (const ListField& f : m_spec.fields)
        if (!f.refWithin.isEmpty())
            if (ListFieldEditor* within = m_editors.value(f.refWithin); within && m_editors.contains(f.key))
                m_editors.value(f.key)->picker()->setScope(within->picker()->chosenId());
}

bool ListEditDialog::save()
{
    if (!m_mayChange)
        return false;
    try {
        for (ListFieldEditor* editor : std::as_const(m_editors))
            editor->check();
    } catch (const UserError& e) {
        showMessage(e.message(), true);
        return false;
    }
    QVariantMap values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        values.insert(it.key(), it.value()->value());
    if (m_id <= 0 && m_parentId > 0)
        values.insert(m_spec.parentField, m_parentId);
    m_errors.clear();
    ListService lists = m_session.make<ListService>();
    const bool adding = m_id <= 0;
    try {
        if (adding)
            m_id = lists.add(m_session.user(), m_spec.id, values);
        else
            lists.edit(m_session.user(), m_spec.id, m_id, values);
    } catch (const UserError& e) {
        showMessage(e.message(), true);
        m_errors.show(e.fieldErrors());
        return false;
    }
    emit saved(m_id);
    m_session.notifyChanged(0);
    if (adding && !m_children.isEmpty()) {
        // Stay open: the new entry's sites, contacts or training records come next.
        load();
        updateChildren();
        showMessage(tr("Saved. Add its entries on the other tabs, or close the form."), false);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return true;
    }
    accept();
    return true;
}

QString ListEditDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ListEditDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Palette::error(palette()).name())
                                   : QString());
    m_message->setVisible(true);
}

void ListEditDialog::updateChildren()
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        m_tabs->setTabEnabled(i, m_id > 0);
        m_tabs->setTabToolTip(i, m_id > 0 ? QString() : tr("Save the entry first."));
    }
    for (ListPage* page : std::as_const(m_children))
        page->setParentId(m_id > 0 ? m_id : -1);
}

void ListEditDialog::retranslate()
{
    setWindowTitle(m_id > 0 ? tr("%1 — edit").arg(m_spec.titleText())
                            : tr("%1 — new").arg(m_spec.titleText()));
    m_tabs->setTabText(0, tr("Details"));
    int tab = 1;
    for (const ListSpec* child : ListSpecs::children(m_spec.id))
        m_tabs->setTabText(tab++, child->titleText());
    for (auto it = m_captions.cbegin(); it != m_captions.cend(); ++it) {
        const ListField* f = m_spec.field(it.key());
        QString text = ListSpecs::translated(f->label);
        if (auto* line = qobject_cast<QLineEdit*>(m_editors.value(it.key())->widget());
            line && f->has(FieldFlag::Generated))
            line->setPlaceholderText(tr("Given when saved, or type your own"));
        it.value()->setText(f->has(FieldFlag::Required) ? FieldErrors::requiredMark(text) : text);
        m_editors.value(it.key())->widget()->setAccessibleName(text);
        m_editors.value(it.key())->retranslate();
    }
    for (EmptyListHint* hint : std::as_const(m_hints))
        hint->retranslate();
}

void ListEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
