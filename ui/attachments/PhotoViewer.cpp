#include "attachments/PhotoViewer.h"

#include "common/DialogFit.h"
#include "common/Icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {
constexpr double step = 1.25;
constexpr double smallest = 0.05;
constexpr double largest = 8.0;
} // namespace

PhotoViewer::PhotoViewer(QList<Photo> photos, int index, QWidget* parent)
    : QDialog(parent)
    , m_photos(std::move(photos))
{
    setObjectName(QStringLiteral("photoViewer"));
    auto* layout = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_picture = new QLabel(m_scroll);
    m_picture->setObjectName(QStringLiteral("photo"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_picture);
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(m_scroll, 1);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("photoTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    auto* bar = new QHBoxLayout;
    m_previous = new QPushButton(tr("◀ &Previous"), this);
    m_next = new QPushButton(tr("&Next ▶"), this);
    m_position = new QLabel(this);
    auto* zoomOutButton = new QPushButton(tr("−"), this);
    zoomOutButton->setToolTip(tr("Zoom out (-)"));
    zoomOutButton->setAccessibleName(tr("Zoom out"));
    auto* fitButton = new QPushButton(tr("&Fit"), this);
    fitButton->setToolTip(tr("Fit the photo to the window (0)"));
    auto* actualButton = new QPushButton(tr("100 %"), this);
    actualButton->setToolTip(tr("Show the photo at its full size (1)"));
    auto* zoomInButton = new QPushButton(tr("+"), this);
    zoomInButton->setToolTip(tr("Zoom in (+)"));
    zoomInButton->setAccessibleName(tr("Zoom in"));
    m_saveAs = new QPushButton(Icons::action(QStringLiteral("save-file")), tr("&Save as…"), this);
    auto* close = new QPushButton(tr("&Close"), this);
    for (QPushButton* b :
         {m_previous, m_next, zoomOutButton, fitButton, actualButton, zoomInButton, m_saveAs, close})
        b->setAutoDefault(false);
    bar->addWidget(m_previous);
    bar->addWidget(m_position);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(zoomOutButton);
    bar->addWidget(fitButton);
    bar->addWidget(actualButton);
    bar->addWidget(zoomInButton);
    bar->addStretch(1);
    bar->addWidget(m_saveAs);
    bar->addWidget(close);
    layout->addLayout(bar);
    connect(m_previous, &QPushButton::clicked, this, &PhotoViewer::previous);
    connect(m_next, &QPushButton::clicked, this, &PhotoViewer::next);
    connect(zoomOutButton, &QPushButton::clicked, this, &PhotoViewer::zoomOut);
    connect(zoomInButton, &QPushButton::clicked, this, &PhotoViewer::zoomIn);
    connect(fitButton, &QPushButton::clicked, this, &PhotoViewer::fitToWindow);
    connect(actualButton, &QPushButton::clicked, this, &PhotoViewer::actualSize);
    connect(m_saveAs, &QPushButton::clicked, this, [this]() {
        if (m_index < count() && m_photos.at(m_index).saveAs)
            m_photos.at(m_index).saveAs();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    DialogFit::within(this, {960, 720});
    showPhoto(index);
}

QString PhotoViewer::title() const
{
    return m_title->text();
}

QSize PhotoViewer::shownSize() const
{
    return m_picture->pixmap().isNull() ? QSize() : m_picture->pixmap().deviceIndependentSize().toSize();
}

void PhotoViewer::showPhoto(int index)
{
    if (m_photos.isEmpty())
        return;
    m_index = std::clamp(index, 0, count() - 1);
    const Photo& photo = m_photos.at(m_index);
    m_image = photo.load ? photo.load() : QImage();
    setWindowTitle(tr("Photo %1 of %2 — %3").arg(m_index + 1).arg(count()).arg(photo.title));
    m_title->setText(photo.title);
    m_details->setText(photo.details);
    m_position->setText(tr("%1 of %2").arg(m_index + 1).arg(count()));
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < count());
    m_saveAs->setVisible(static_cast<bool>(photo.saveAs));
    if (m_image.isNull())
        m_picture->setText(tr("This photo cannot be shown."));
    m_fit = true;
    render();
}

void PhotoViewer::next()
{
    if (m_index + 1 < count())
        showPhoto(m_index + 1);
}

void PhotoViewer::previous()
{
    if (m_index > 0)
        showPhoto(m_index - 1);
}

double PhotoViewer::fittingZoom() const
{
    if (m_image.isNull())
        return 1.0;
    const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
    const double zoom
        = std::min(double(room.width()) / m_image.width(), double(room.height()) / m_image.height());
    return std::clamp(std::min(zoom, 1.0), smallest, largest); // a small photo is not blown up
}

void PhotoViewer::setZoom(double zoom)
{
    m_fit = false;
    m_zoom = std::clamp(zoom, smallest, largest);
    render();
}

void PhotoViewer::zoomIn()
{
    setZoom(m_zoom * step);
}

void PhotoViewer::zoomOut()
{
    setZoom(m_zoom / step);
}

void PhotoViewer::fitToWindow()
{
    m_fit = true;
    render();
}

void PhotoViewer::actualSize()
{
    setZoom(1.0);
}

void PhotoViewer::render()
{
    if (m_image.isNull()) {
        m_picture->setPixmap({});
        m_picture->adjustSize();
        return;
    }
    if (m_fit)
        m_zoom = fittingZoom();
    const qreal ratio = devicePixelRatioF();
    const QSize size = (QSizeF(m_image.size()) * m_zoom * ratio).toSize().expandedTo(QSize(1, 1));
    QPixmap pixmap = QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_picture->setPixmap(pixmap);
    m_picture->resize(pixmap.deviceIndependentSize().toSize());
}

void PhotoViewer::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    case Qt::Key_1:
        actualSize();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void PhotoViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_fit)
        render();
}

bool PhotoViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
