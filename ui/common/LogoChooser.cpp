#include "common/LogoChooser.h"

#include "UserError.h"
#include "admin/SettingsService.h"
#include "common/FieldErrors.h"
#include "reports/CompanyProfile.h"

#include <QFileDialog>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>

LogoChooser::LogoChooser(QLabel* preview, QPushButton* choose, QPushButton* remove, FieldErrors& errors,
                         const QString& logo, QObject* parent)
    : QObject(parent)
    , m_preview(preview)
    , m_remove(remove)
    , m_errors(errors)
    , m_logo(logo)
{
    connect(choose, &QPushButton::clicked, this, &LogoChooser::ask);
    connect(remove, &QPushButton::clicked, this, [this]() { setLogo({}); });
    show();
}

void LogoChooser::setLogo(const QString& logo)
{
    m_logo = logo;
    show();
}

bool LogoChooser::choose(const QString& path)
{
    m_errors.clear();
    try {
        setLogo(SettingsService::logoFromFile(path));
    } catch (const UserError& error) {
        m_errors.show({{QStringLiteral("companyLogo"), error.message()}});
        return false;
    }
    return true;
}

void LogoChooser::show()
{
    m_remove->setEnabled(!m_logo.isEmpty());
    const QImage image = CompanyProfile::decodeLogo(m_logo);
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("No logo"));
        return;
    }
    const qreal ratio = m_preview->devicePixelRatioF();
    const QSize box = m_preview->minimumSize() * ratio;
    QPixmap pixmap = QPixmap::fromImage(image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
}

void LogoChooser::ask()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString path
        = QFileDialog::getOpenFileName(m_preview->window(), tr("Choose the company's logo"),
                                       QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                       tr("Images (%1)").arg(patterns.join(u' ')));
    if (!path.isEmpty())
        choose(path);
}
