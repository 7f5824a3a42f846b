#include "DialogChecks.h"

#include "GuiTestSupport.h"
#include "i18n/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QWizard>

#include <algorithm>
#include <catch2/catch.hpp>

namespace {
QString describe(const QWidget* w)
{
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(w))
        text = label->text();
    else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        text = button->text();
    return QStringLiteral("%1 '%2' \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(50));
}

// Inside a scroll area's or a table's viewport: scrolled, so clipped on purpose.
bool scrolled(const QWidget* w, const QWidget* top)
{
    for (const QWidget* p = w; p && p != top; p = p->parentWidget())
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    return false;
}

// A part of a composite widget placed by the widget itself (a spin box's line, a tab bar's arrows).
bool partOfComposite(const QWidget* w)
{
    const QWidget* p = w->parentWidget();
    return qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p)
        || qobject_cast<const QTabBar*>(p) || qobject_cast<const QAbstractScrollArea*>(p);
}

bool isInput(const QWidget* w)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(w))
        return !line->isReadOnly();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(w))
        return !text->isReadOnly();
    if (const auto* text = qobject_cast<const QTextEdit*>(w))
        return !text->isReadOnly();
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w))
        return !spin->isReadOnly();
    return qobject_cast<const QComboBox*>(w) || qobject_cast<const QCheckBox*>(w)
        || qobject_cast<const QRadioButton*>(w) || qobject_cast<const QAbstractItemView*>(w);
}

// The field a focused widget belongs to (a combo box for its line, a spin box for its line).
const QWidget* fieldOf(const QWidget* w, const QWidget* top)
{
    const QWidget* field = w;
    for (const QWidget* p = w ? w->parentWidget() : nullptr; p && p != top; p = p->parentWidget())
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p))
            field = p;
    return field;
}

// The input a person reads first: the topmost, then the leftmost of a row.
const QWidget* firstInput(QWidget* dialog)
{
    const QWidget* first = nullptr;
    QPoint firstAt;
    for (const QWidget* w : dialog->findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || !isInput(w)
            || fieldOf(w, dialog) != w)
            continue;
        const QPoint at = w->mapTo(dialog, QPoint(0, 0));
        const bool sameRow = first && std::abs(at.y() - firstAt.y()) < w->height() / 2;
        if (!first || (sameRow ? at.x() < firstAt.x() : at.y() < firstAt.y())) {
            first = w;
            firstAt = at;
        }
    }
    return first;
}

void emptyRoom(QWidget* dialog, QStringList& out)
{
    QLayout* layout = dialog->layout();
    if (!layout)
        return;
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                             : layout->totalSizeHint().height();
    // A form that scrolls needs the whole height of what it scrolls, not the area's own hint.
    for (const QScrollArea* area : dialog->findChildren<QScrollArea*>())
        if (const QWidget* body = area->widget();
            area->isVisible() && area->widgetResizable() && body && !scrolled(area, dialog)) {
            const int width = area->viewport()->width();
            needed += (body->hasHeightForWidth() ? body->heightForWidth(width) : body->sizeHint().height())
                - area->sizeHint().height() + 2 * area->frameWidth();
        }
    if (dialog->height() > needed + dialog->fontMetrics().height())
        out << QStringLiteral("%1 px of empty room under the fields (%2 px high, the fields need %3)")
                   .arg(dialog->height() - needed)
                   .arg(dialog->height())
                   .arg(needed);
}

// A wizard is as tall as its tallest page: a shorter page may leave some room, not half of it.
void wizardRoom(QWizard* wizard, QStringList& out)
{
    const QWizardPage* page = wizard ? wizard->currentPage() : nullptr;
    const QLayout* layout = page ? page->layout() : nullptr;
    if (!layout)
        return;
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(page->width())
                                                   : layout->totalSizeHint().height();
    if (page->height() - needed > page->height() * 2 / 5) // the complaint was "half empty"
        out << QStringLiteral("%1 px of empty room on the page (%2 px high, its fields need %3)")
                   .arg(page->height() - needed)
                   .arg(page->height())
                   .arg(needed);
}

void keys(QWidget* dialog, QStringList& out)
{
    QPushButton* save = nullptr;
    QPushButton* cancel = nullptr;
    for (QDialogButtonBox* box : dialog->findChildren<QDialogButtonBox*>()) {
        if (!box->isVisible())
            continue;
        for (const auto which : {QDialogButtonBox::Save, QDialogButtonBox::Ok})
            if (QPushButton* b = box->button(which); b && b->isVisible() && !save)
                save = b;
        for (const auto which : {QDialogButtonBox::Cancel, QDialogButtonBox::Close})
            if (QPushButton* b = box->button(which); b && b->isVisible() && !cancel)
                cancel = b;
    }
    if (!save)
        out << QStringLiteral("no Save or OK button for Ctrl+S");
    if (!cancel)
        out << QStringLiteral("no Cancel button for Esc");
    // A mnemonic on two widgets: Alt+letter goes to the wrong one.
    QHash<QKeySequence, QString> mnemonics;
    const auto note = [&](const QString& text, const QString& who) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        if (mnemonics.contains(key))
            out << QStringLiteral("%1 on both %2 and %3")
                       .arg(key.toString(QKeySequence::NativeText), mnemonics.value(key), who);
        mnemonics.insert(key, who);
    };
    for (const QWidget* w : dialog->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            note(b->text(), describe(b));
        else if (const auto* l = qobject_cast<const QLabel*>(w); l && l->buddy())
            note(l->text(), describe(l));
        else if (const auto* bar = qobject_cast<const QTabBar*>(w))
            for (int i = 0; i < bar->count(); ++i)
                note(bar->tabText(i), QStringLiteral("tab \"%1\"").arg(bar->tabText(i)));
    }
}

void check(QWidget* dialog, const QString& name, QSize screen, DialogChecks::Kind kind)
{
    QCoreApplication::processEvents();
    INFO(name.toStdString() << " " << Translations::current().toStdString());
    const QStringList found = DialogChecks::problems(dialog, screen, kind);
    CHECK(found.join(QLatin1Char('\n')).toStdString() == "");
    const QString file = QStringLiteral("%1_%2x%3_%4.png")
                             .arg(name)
                             .arg(screen.width())
                             .arg(screen.height())
                             .arg(Translations::current());
    CHECK(dialog->grab().save(QDir(DialogChecks::shotDir()).filePath(file)));
}
} // namespace

int DialogChecks::coveredLabels(QWidget* dialog)
{
    int covered = 0;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QRect at(label->mapTo(dialog, QPoint(0, 0)), label->size());
        for (QWidget* other : dialog->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
            if (other != label && other->isVisible() && !other->isAncestorOf(label)
                && !qobject_cast<QLabel*>(other) && other->geometry().intersects(at))
                ++covered;
    }
    return covered;
}

QStringList DialogChecks::problems(QWidget* dialog, QSize screen, Kind kind)
{
    QStringList out;
    const QSize frame = dialog->frameGeometry().size();
    if (frame.width() > screen.width() || frame.height() > screen.height())
        out << QStringLiteral("%1x%2, larger than the screen").arg(frame.width()).arg(frame.height());
    if (const int n = coveredLabels(dialog))
        out << QStringLiteral("%1 labels covered by another widget").arg(n);
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->isWindow() || scrolled(w, dialog))
            continue;
        if (!partOfComposite(w) && !w->parentWidget()->rect().contains(w->geometry()))
            out << QStringLiteral("%1 at %2,%3 %4x%5 lies outside its parent %6")
                       .arg(describe(w))
                       .arg(w->x())
                       .arg(w->y())
                       .arg(w->width())
                       .arg(w->height())
                       .arg(describe(w->parentWidget()));
        if (const auto* label = qobject_cast<const QLabel*>(w); label && !label->text().isEmpty()) {
            if (!label->wordWrap() && label->sizeHint().width() > label->width() + 1)
                out << QStringLiteral("%1 cut: needs %2 px, has %3")
                           .arg(describe(w))
                           .arg(label->sizeHint().width())
                           .arg(label->width());
            else if (label->wordWrap() && label->heightForWidth(label->width()) > label->height() + 1)
                out << QStringLiteral("%1 cut at the foot: needs %2 px, has %3")
                           .arg(describe(w))
                           .arg(label->heightForWidth(label->width()))
                           .arg(label->height());
        }
        if (const auto* button = qobject_cast<const QAbstractButton*>(w);
            button && !button->text().isEmpty()) {
            const auto* tool = qobject_cast<const QToolButton*>(w);
            if ((!tool || tool->toolButtonStyle() != Qt::ToolButtonIconOnly)
                && button->sizeHint().width() > button->width() + 1)
                out << QStringLiteral("%1 cut: needs %2 px, has %3")
                           .arg(describe(w))
                           .arg(button->sizeHint().width())
                           .arg(button->width());
        }
    }
    for (const QScrollArea* area : dialog->findChildren<QScrollArea*>())
        if (area->isVisible() && area->horizontalScrollBar()->isVisible())
            out << QStringLiteral("%1 scrolls sideways: %2 px wide for %3 px of fields")
                       .arg(describe(area))
                       .arg(area->viewport()->width())
                       .arg(area->widget() ? area->widget()->sizeHint().width() : 0);
    if (kind == Kind::Window)
        return out;
    if (kind == Kind::Tab) {
        keys(dialog, out);
        return out;
    }
    const QWidget* first = firstInput(dialog);
    const QWidget* focus = fieldOf(dialog->focusWidget(), dialog);
    if (first && focus != first)
        out << QStringLiteral("the focus is on %1, not on the first field %2")
                   .arg(focus ? describe(focus) : QStringLiteral("nothing"), describe(first));
    if (kind == Kind::Wizard) {
        wizardRoom(qobject_cast<QWizard*>(dialog), out);
        return out;
    }
    emptyRoom(dialog, out);
    keys(dialog, out);
    return out;
}

QString DialogChecks::shotDir()
{
    QString dir = qEnvironmentVariable("QL_DIALOG_SHOTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("qualityloop-dialog-shots"));
    QDir().mkpath(dir);
    return dir;
}

QSize DialogChecks::screen()
{
    return QGuiApplication::primaryScreen()->availableGeometry().size();
}

void DialogChecks::look(QWidget* dialog, const QString& name, Kind kind)
{
    const QSize screen = DialogChecks::screen();
    if (!dialog->isVisible())
        dialog->show();
    CHECK(QTest::qWaitForWindowExposed(dialog));
    QApplication::setActiveWindow(dialog); // the focus as a person finds it
    check(dialog, name, screen, kind);
    // Every other page of its tabs, as a person would click through them.
    for (QTabWidget* tabs : dialog->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i)
            if (i != shown && tabs->isTabEnabled(i)) {
                tabs->setCurrentIndex(i);
                check(dialog, name + QStringLiteral("_tab%1").arg(i), screen,
                      kind == Kind::Form ? Kind::Tab : Kind::Window);
            }
        tabs->setCurrentIndex(shown);
    }
}

bool DialogChecks::lookAtModal(const std::function<void()>& open, const QString& name, Kind kind)
{
    bool shown = false;
    GuiTest::whenModal([&](QWidget* modal) {
        shown = true;
        look(modal, name, kind);
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
    });
    open();
    return shown;
}
