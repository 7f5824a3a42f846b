#pragma once

#include "attachments/Attachment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

class QWidget;
class Session;

// What a person does with a file on a case: open it (a photo in the program's viewer, with the
// case's other photos a key press away; any other file with the system's program for it, from a
// read-only temporary copy) and save a copy where they choose.
class AttachmentActions
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentActions)
public:
    // Opens files[index]: photos in the viewer (next/previous through the photos among files).
    static void open(QWidget* parent, Session& session, const QList<Attachment>& files, int index);
    static bool openExternally(QWidget* parent, Session& session, const Attachment& file);
    static bool saveAs(QWidget* parent, Session& session, const Attachment& file);
    // The read-only copy a system program opens: <temp>/qualityloop-files-<user>/<id>/<name>.
    static QString temporaryCopy(Session& session, const Attachment& file);

    // Where Save as… asks for the path (QFileDialog unless a test puts its answer here; an empty
    // path cancels) and what opens a file with its program (QDesktopServices unless a test
    // watches). Each returns the one it replaced; an empty one restores the default.
    using SavePathChooser = std::function<QString(QWidget* parent, const QString& suggested)>;
    static SavePathChooser setSavePathChooser(SavePathChooser chooser);
    using UrlOpener = std::function<bool(const QUrl& url)>;
    static UrlOpener setUrlOpener(UrlOpener opener);
    static bool openUrl(const QUrl& url);
};
