#include "common/LogoChooser.h"

#include "reports/CompanyProfile.h"

#include <QFileDialog>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QStandardPaths>

QString LogoChooser::askForFile(QWidget* parent)
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    return QFileDialog::getOpenFileName(parent, tr("Choose the company's logo"),
                                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                        tr("Images (%1)").arg(patterns.join(u' ')));
}

void LogoChooser::showIn(QLabel* preview, const QString& logo)
{
    const QImage image = CompanyProfile::decodeLogo(logo);
    if (image.isNull()) {
        preview->setPixmap({});
        preview->setText(tr("No logo"));
        return;
    }
    const qreal ratio = preview->devicePixelRatioF();
    const QSize box = preview->minimumSize() * ratio;
    QPixmap pixmap = QPixmap::fromImage(image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    preview->setPixmap(pixmap);
}
