#include "main/DraftBanner.h"

#include "drafts/FormDraft.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DraftBanner::DraftBanner(const FormDraft& draft, QWidget* parent)
    : QFrame(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("draftBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_continue = new QPushButton(this);
    m_discard = new QPushButton(this);
    layout->addWidget(m_continue);
    layout->addWidget(m_discard);
    connect(m_continue, &QPushButton::clicked, this, [this]() {
        hide();
        emit continueRequested();
    });
    connect(m_discard, &QPushButton::clicked, this, [this]() {
        m_draft.clear();
        hide();
    });
    retranslate();
}

void DraftBanner::showIfDraft()
{
    setVisible(m_draft.exists());
}

void DraftBanner::retranslate()
{
    m_text->setText(tr("A case you were logging was not saved. Continue it?"));
    m_continue->setText(tr("&Continue the case"));
    m_discard->setText(tr("Discard it"));
}

void DraftBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
