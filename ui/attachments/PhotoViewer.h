#pragma once

#include <QDialog>
#include <QImage>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QScrollArea;

// The photos of a case inside the program: one at a time, fitted to the window or zoomed
// (Ctrl + wheel, + and -, 0 fits, 1 shows it at full size), the next and the previous with the
// arrow keys or Page Up/Down; its name, caption and who added it when below; Save as… for each.
class PhotoViewer : public QDialog
{
    Q_OBJECT
public:
    struct Photo
    {
        QString title; // file name and caption
        QString details; // who added it, when, at which step
        std::function<QImage()> load; // the picture, upright
        std::function<void()> saveAs; // empty: no Save as…
    };
    PhotoViewer(QList<Photo> photos, int index, QWidget* parent = nullptr);

    int current() const { return m_index; }
    int count() const { return static_cast<int>(m_photos.size()); }
    double zoom() const { return m_zoom; }
    bool fitsWindow() const { return m_fit; }
    QSize shownSize() const; // the picture's size on the screen now
    QSize pictureSize() const { return m_image.size(); }
    QString title() const;

    void showPhoto(int index);
    void next();
    void previous();
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setZoom(double zoom);
    void render();
    double fittingZoom() const;

    QList<Photo> m_photos;
    int m_index = 0;
    QImage m_image;
    double m_zoom = 1.0;
    bool m_fit = true;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_picture = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_position = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_saveAs = nullptr;
};
