#include "common/DialogFit.h"

#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QWidget>

#include <algorithm>

namespace {
constexpr int titleBar = 40; // the window manager's title bar and frame, not in the dialog's height

bool inScrollArea(const QWidget* w, const QWidget* dialog)
{
    for (const QWidget* p = w->parentWidget(); p && p != dialog; p = p->parentWidget())
        if (qobject_cast<const QScrollArea*>(p))
            return true;
    return false;
}

QSize screenRoom(const QWidget* dialog)
{
    const QScreen* screen = dialog->screen();
    if (!screen)
        return {QWIDGETSIZE_MAX, QWIDGETSIZE_MAX};
    const QSize room = screen->availableGeometry().size();
    return {room.width(), room.height() - titleBar};
}
} // namespace

void DialogFit::toContents(QWidget* dialog, int width)
{
    QLayout* layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    // A scroll area's own hint is a few lines and a few words; what it scrolls is as wide and as
    // tall as its fields (a form that scrolls sideways hides the ends of its fields).
    QList<const QScrollArea*> areas;
    for (const QScrollArea* area : dialog->findChildren<QScrollArea*>())
        if (area->isVisibleTo(dialog) && area->widgetResizable() && area->widget()
            && !inScrollArea(area, dialog))
            areas.append(area);
    width = std::max(width, layout->totalSizeHint().width());
    for (const QScrollArea* area : std::as_const(areas)) {
        const int around = dialog->width() - area->width(); // margins, side panels
        width = std::max(width,
                         area->widget()->sizeHint().width() + area->verticalScrollBar()->sizeHint().width()
                             + 2 * area->frameWidth() + around);
    }
    int height
        = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    const QMargins margins = layout->contentsMargins();
    for (const QScrollArea* area : std::as_const(areas)) {
        const QWidget* body = area->widget();
        const int inner = width - margins.left() - margins.right() - 2 * area->frameWidth();
        const int full = body->hasHeightForWidth() ? body->heightForWidth(inner) : body->sizeHint().height();
        height += std::max(0, full + 2 * area->frameWidth() - area->sizeHint().height());
    }
    within(dialog, {width, height});
}

void DialogFit::within(QWidget* dialog, QSize wanted)
{
    dialog->resize(wanted.boundedTo(screenRoom(dialog)));
}
