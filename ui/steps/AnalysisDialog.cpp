#include "steps/AnalysisDialog.h"

#include "UserError.h"
#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "deadlines/DueText.h"
#include "main/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>

AnalysisDialog::AnalysisDialog(Session& session, const QualityCase& c, QWidget* parent)
    : StepDialog(session, c, tr("Check and analyse"), parent)
{
    setObjectName(QStringLiteral("analysisDialog"));
    const ReferenceData& ref = session.reference();
    addNote(tr("<b>Symptom:</b> %1").arg(c.symptom.toHtmlEscaped()));
    m_verification = Fields::text(this);
    m_verification->setPlainText(c.verification);
    addRow(QStringLiteral("verification"), tr("Verification"), m_verification, true);
    m_analysis = Fields::text(this);
    m_analysis->setPlainText(c.analysis);
    addRow(QStringLiteral("analysis"), tr("Analysis"), m_analysis);
    m_category = new QComboBox(this);
    Fields::fill(m_category, ref.defectCategories(), tr("Choose…"));
    Fields::select(m_category, c.defectCategoryId);
    addRow(QStringLiteral("defectCategoryId"), tr("Defect category"), m_category, true);
    m_cause = new QComboBox(this);
    Fields::fill(m_cause, ref.defectCauses(), tr("Choose…"));
    Fields::select(m_cause, c.defectCauseId);
    addRow(QStringLiteral("defectCauseId"), tr("Cause"), m_cause, true);
    m_grade = new QComboBox(this);
    m_grades = ref.grades();
    m_grade->addItem(tr("Choose…"), qint64(0));
    for (const Grade& g : std::as_const(m_grades))
        m_grade->addItem(tr("%1 — %2").arg(g.code, g.name), g.id);
    addRow(QStringLiteral("gradeId"), tr("Grade of the event"), m_grade, true);
    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("gradeRules"));
    m_rules->setWordWrap(true);
    form()->addRow(QString(), m_rules);
    m_measures = Fields::text(this, 2);
    m_measures->setPlainText(c.temporaryMeasures);
    m_measuresEdited = !c.temporaryMeasures.isEmpty();
    addRow(QStringLiteral("temporaryMeasures"), tr("Temporary measures"), m_measures);
    connect(m_measures, &QPlainTextEdit::textChanged, this,
            [this]() { m_measuresEdited = m_measures->hasFocus() || m_measuresEdited; });

    const QList<NamedItem> units = ref.units();
    m_units = new QTableWidget(static_cast<int>(units.size()), 3, this);
    m_units->setObjectName(QStringLiteral("unitsTable"));
    m_units->setHorizontalHeaderLabels({tr("Responsible unit"), tr("Task"), tr("Reply by")});
    m_units->verticalHeader()->hide();
    m_units->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_units->setColumnWidth(0, 200);
    m_units->setColumnWidth(2, 150);
    m_units->setToolTip(
        tr("Give each unit its deadline as a date and time (2026-03-05 17:00) or as a span (3 days)."));
    // As tall as its rows: only the form scrolls, never a table inside it (issue 12.5).
    m_units->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_units->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_units->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_units->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (int r = 0; r < units.size(); ++r) {
        auto* name = new QTableWidgetItem(units.at(r).name);
        name->setData(Qt::UserRole, units.at(r).id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        name->setCheckState(Qt::Unchecked);
        QString task;
        QString due;
        for (const CaseUnit& u : c.units)
            if (u.unitId == units.at(r).id) {
                name->setCheckState(Qt::Checked);
                task = u.task;
                due = DueText::moment(u.dueAt, session.workflow().deadlines().rules().zone);
            }
        m_units->setItem(r, 0, name);
        m_units->setItem(r, 1, new QTableWidgetItem(task));
        // The deadline as it was given (or the grade's default); unchanged, it stays as it is.
        auto* dueItem = new QTableWidgetItem(due);
        dueItem->setData(Qt::UserRole, due);
        m_units->setItem(r, 2, dueItem);
    }
    // Without a mouse (issue 12.7): the arrows move between cells, Space ticks a unit, typing
    // writes its task or deadline (Enter keeps it), and Tab leaves the table in one step as it
    // leaves every field. A unit given a task is ticked.
    m_units->setTabKeyNavigation(false);
    m_units->setCurrentCell(0, 0);
    connect(m_units, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == 1 && !item->text().trimmed().isEmpty())
            m_units->item(item->row(), 0)->setCheckState(Qt::Checked);
    });
    addRow(QStringLiteral("units"), tr("Responsible units"), m_units, true);
    m_processingDue = Fields::dateTime(
        this, c.processingDueAt.isValid() ? c.processingDueAt : session.clock().now().addDays(7),
        session.clock(), session.workflow().deadlines().rules().zone);
    addRow(QStringLiteral("processingDueAt"), tr("Processing deadline"), m_processingDue);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &AnalysisDialog::gradeChanged);
    Fields::select(m_grade, c.gradeId);
    gradeChanged();
    resize(720, 720);
}

void AnalysisDialog::gradeChanged()
{
    const qint64 id = Fields::id(m_grade);
    for (const Grade& g : std::as_const(m_grades)) {
        if (g.id != id)
            continue;
        m_rules->setText(
            tr("<b>Response rules:</b> %1<br><b>Temporary measures:</b> %2<br>Processing within %n hour(s).",
               nullptr, g.processingHours)
                .arg(g.responseRules.toHtmlEscaped(), g.temporaryMeasures.toHtmlEscaped()));
        if (!m_measuresEdited)
            m_measures->setPlainText(g.temporaryMeasures);
        if (!m_case.processingDueAt.isValid())
            m_processingDue->setDateTime(m_session.clock().now().addSecs(qint64(g.processingHours) * 3600));
        showDefaultDue(DueText::span(g.unitReplyHours));
        return;
    }
    m_rules->setText(tr("Choose a grade to see its response rules."));
}

void AnalysisDialog::showDefaultDue(const QString& text)
{
    // The rows still showing the grade's default follow the grade; a deadline typed or given
    // before stays.
    for (int r = 0; r < m_units->rowCount(); ++r) {
        QTableWidgetItem* due = m_units->item(r, 2);
        const QString original = due->data(Qt::UserRole).toString();
        if (original != m_defaultDue && !original.isEmpty())
            continue;
        if (due->text() == original)
            due->setText(text);
        due->setData(Qt::UserRole, text);
    }
    m_defaultDue = text;
}

void AnalysisDialog::setUnitDue(qint64 unitId, const QString& due)
{
    for (int r = 0; r < m_units->rowCount(); ++r)
        if (m_units->item(r, 0)->data(Qt::UserRole).toLongLong() == unitId)
            m_units->item(r, 2)->setText(due);
}

void AnalysisDialog::setUnitTask(qint64 unitId, const QString& task)
{
    for (int r = 0; r < m_units->rowCount(); ++r) {
        if (m_units->item(r, 0)->data(Qt::UserRole).toLongLong() != unitId)
            continue;
        m_units->item(r, 0)->setCheckState(Qt::Checked);
        m_units->item(r, 1)->setText(task);
    }
}

void AnalysisDialog::submit()
{
    AnalysisData d;
    d.verification = m_verification->toPlainText();
    d.analysis = m_analysis->toPlainText();
    d.defectCategoryId = Fields::id(m_category);
    d.defectCauseId = Fields::id(m_cause);
    d.gradeId = Fields::id(m_grade);
    d.temporaryMeasures = m_measures->toPlainText();
    for (int r = 0; r < m_units->rowCount(); ++r) {
        if (m_units->item(r, 0)->checkState() != Qt::Checked)
            continue;
        UnitTask t;
        t.unitId = m_units->item(r, 0)->data(Qt::UserRole).toLongLong();
        t.task = m_units->item(r, 1) ? m_units->item(r, 1)->text() : QString();
        // Untouched, the deadline is the one given before or the grade's; typed, it is read.
        const QTableWidgetItem* due = m_units->item(r, 2);
        if (due->text().trimmed() != due->data(Qt::UserRole).toString().trimmed()) {
            t.dueAt = DueText::parse(due->text(), m_session.clock().now(),
                                     m_session.workflow().deadlines().rules().zone);
            if (!t.dueAt.isValid())
                throw UserError(DueText::problem(), {{QStringLiteral("units"), DueText::problem()}});
        }
        d.units.append(t);
    }
    d.processingDueAt = Fields::utc(m_processingDue);
    m_session.workflow().analyse(m_session.user(), ref(), d);
}
