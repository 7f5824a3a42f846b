#pragma once

#include "attachments/Attachment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>

class QMimeData;
class QWidget;

// Files on their way into a case, before they are stored: from what was dropped or pasted (files
// on this computer, or a picture such as a screenshot), and opened from where they are.
class PendingFiles
{
    Q_DECLARE_TR_FUNCTIONS(PendingFiles)
public:
    // The local files named, else the picture, in data; problem says why there are none.
    static QList<NewAttachment> fromMime(const QMimeData* data, const QDateTime& now, QString& problem);
    // A pasted picture as a PNG file named by the time: "Pasted picture 2026-03-02 09-15-00.png".
    static NewAttachment fromImage(const QImage& image, const QDateTime& now);
    // A photo in the viewer (with the other photos among files), any other file with its program.
    static void open(QWidget* parent, const QList<NewAttachment>& files, int index);
};
