#include "sample/SamplePhotos.h"

#include "attachments/ContentStore.h"
#include "attachments/Photos.h"
#include "db/BulkStatement.h"
#include "db/Sql.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

namespace {
constexpr int width = 1024;
constexpr int height = 768;

struct Scene
{
    const char* caption;
    void (*draw)(QPainter& p, QRandomGenerator& rng);
};

QColor jitter(QColor c, QRandomGenerator& rng)
{
    return c.lighter(90 + static_cast<int>(rng.bounded(30)));
}

void background(QPainter& p, QRandomGenerator& rng)
{
    QLinearGradient wall(0, 0, 0, height);
    wall.setColorAt(0, jitter(QColor(0x9a, 0xa4, 0xa8), rng));
    wall.setColorAt(1, jitter(QColor(0x4a, 0x50, 0x52), rng));
    p.fillRect(0, 0, width, height, wall);
    p.setPen(QPen(QColor(0, 0, 0, 40), 3));
    for (int x = 0; x < width; x += 128)
        p.drawLine(x, 0, x, height); // the plant's wall panels
}

void valveBody(QPainter& p, QRandomGenerator& rng, const QColor& paint)
{
    // A pipe through the picture and the valve's body, bonnet and stem.
    QLinearGradient pipe(0, 430, 0, 560);
    pipe.setColorAt(0, QColor(0xb8, 0xbc, 0xc0));
    pipe.setColorAt(0.5, QColor(0xe8, 0xea, 0xec));
    pipe.setColorAt(1, QColor(0x70, 0x74, 0x78));
    p.fillRect(0, 430, width, 130, pipe);
    QRadialGradient body(510, 480, 220);
    body.setColorAt(0, jitter(paint, rng).lighter(130));
    body.setColorAt(1, paint.darker(150));
    p.setBrush(body);
    p.setPen(QPen(paint.darker(200), 4));
    p.drawEllipse(QPointF(512, 495), 200, 150);
    p.drawRect(420, 250, 184, 110); // bonnet
    p.setBrush(QColor(0xc8, 0xcc, 0xd0));
    p.drawRect(492, 90, 40, 170); // stem
    p.setBrush(QColor(0x30, 0x30, 0x30));
    p.drawRect(380, 360, 264, 26); // flange
}

void leakingStem(QPainter& p, QRandomGenerator& rng)
{
    valveBody(p, rng, QColor(0x2f, 0x5f, 0xa8));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x9c, 0xd3, 0xf5, 200));
    const int drops = 5 + static_cast<int>(rng.bounded(8));
    for (int i = 0; i < drops; ++i) {
        const double x = 470 + rng.bounded(90.0);
        const double y = 240 + rng.bounded(300.0);
        QPainterPath drop;
        drop.moveTo(x, y - 14);
        drop.cubicTo(x + 10, y, x + 8, y + 10, x, y + 10);
        drop.cubicTo(x - 8, y + 10, x - 10, y, x, y - 14);
        p.drawPath(drop);
    }
    p.setBrush(QColor(0x6a, 0x40, 0x20, 110)); // a rust stain under the leak
    p.drawEllipse(QPointF(512, 262), 70, 16);
}

void nameplate(QPainter& p, QRandomGenerator& rng)
{
    valveBody(p, rng, QColor(0x8a, 0x1f, 0x1f));
    p.setBrush(QColor(0xd8, 0xd8, 0xd0));
    p.setPen(QPen(QColor(0x50, 0x50, 0x50), 3));
    p.drawRoundedRect(QRectF(300, 170, 420, 250), 12, 12);
    p.setPen(QPen(QColor(0x30, 0x30, 0x30), 6, Qt::SolidLine, Qt::RoundCap));
    for (int line = 0; line < 5; ++line) { // engraved lines of the plate, stamped letters as strokes
        const int y = 215 + line * 42;
        int x = 330;
        while (x < 680) {
            const int w = 10 + static_cast<int>(rng.bounded(28));
            p.drawLine(x, y, std::min(x + w, 690), y);
            x += w + 12 + static_cast<int>(rng.bounded(14));
        }
    }
    p.setBrush(QColor(0x70, 0x70, 0x70));
    for (const QPointF& rivet : {QPointF(318, 188), QPointF(702, 188), QPointF(318, 402), QPointF(702, 402)})
        p.drawEllipse(rivet, 7, 7);
}

void damagedPacking(QPainter& p, QRandomGenerator& rng)
{
    p.fillRect(0, 0, width, height, jitter(QColor(0x5a, 0x4e, 0x40), rng)); // a workbench
    QRadialGradient ring(512, 384, 300);
    ring.setColorAt(0.55, QColor(0x2a, 0x2a, 0x2a));
    ring.setColorAt(0.8, QColor(0x4c, 0x4c, 0x4c));
    ring.setColorAt(1, QColor(0x22, 0x22, 0x22));
    QPainterPath packing;
    packing.addEllipse(QPointF(512, 384), 300, 300);
    packing.addEllipse(QPointF(512, 384), 170, 170);
    p.fillPath(packing, ring);
    p.setPen(QPen(QColor(0xd0, 0xc0, 0xa0), 4, Qt::SolidLine, Qt::RoundCap));
    const int cracks = 4 + static_cast<int>(rng.bounded(5));
    for (int i = 0; i < cracks; ++i) {
        QPainterPath crack;
        const double angle = rng.bounded(6.283);
        QPointF at(512 + 180 * std::cos(angle), 384 + 180 * std::sin(angle));
        crack.moveTo(at);
        for (int k = 0; k < 5; ++k) {
            at += QPointF(24 * std::cos(angle) + rng.bounded(16.0) - 8,
                          24 * std::sin(angle) + rng.bounded(16.0) - 8);
            crack.lineTo(at);
        }
        p.drawPath(crack);
    }
}

void actuator(QPainter& p, QRandomGenerator& rng)
{
    valveBody(p, rng, QColor(0x3d, 0x6b, 0x3a));
    QLinearGradient housing(300, 0, 724, 0);
    housing.setColorAt(0, QColor(0xe0, 0x9a, 0x20));
    housing.setColorAt(0.5, QColor(0xff, 0xc2, 0x50));
    housing.setColorAt(1, QColor(0xb0, 0x70, 0x10));
    p.setBrush(housing);
    p.setPen(QPen(QColor(0x60, 0x40, 0x10), 4));
    p.drawRoundedRect(QRectF(300, 20, 424, 130), 20, 20);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x7a, 0x3a, 0x10, 150)); // corrosion on the housing
    for (int i = 0; i < 12; ++i)
        p.drawEllipse(QPointF(320 + rng.bounded(380.0), 40 + rng.bounded(90.0)), 6 + rng.bounded(14.0),
                      4 + rng.bounded(8.0));
}

const Scene scenes[] = {{"Leak at the stem packing", leakingStem},
                        {"Nameplate of the valve", nameplate},
                        {"Damaged packing ring, removed on site", damagedPacking},
                        {"Corroded actuator housing", actuator}};
} // namespace

SamplePhotos::SamplePhotos(const QSqlDatabase& db, quint32 seed, qint64 cases)
    : m_rng(seed ^ 0x9e3779b9u)
    , m_link(std::make_unique<BulkStatement>(
          Sql::handle(db),
          "INSERT INTO case_attachments(case_id, sha256, file_name, media_type, kind, size, caption, step, "
          "added_at, "
          "added_by) VALUES (?1, ?2, ?3, 'image/jpeg', 'photo', ?4, ?5, 'intake', ?6, ?7)"))
    , m_audit(
          std::make_unique<BulkStatement>(Sql::handle(db),
                                          "INSERT INTO audit_log(at, user_id, case_id, entity, entity_id, "
                                          "action, field, new_value, case_version) "
                                          "VALUES (?1, ?2, ?3, 'case_attachments', ?4, 'create', ?5, ?6, 1)"))
{
    ContentStore store(db);
    const int pictures = static_cast<int>(std::clamp<qint64>(cases / 10, 2, 12));
    for (int i = 0; i < pictures; ++i) {
        const Scene& scene = scenes[i % std::size(scenes)];
        QImage image(width, height, QImage::Format_RGB32);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            if (scene.draw != damagedPacking)
                background(painter, m_rng);
            scene.draw(painter, m_rng);
        }
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        const QString name = QStringLiteral("IMG_%1.jpg").arg(4100 + i * 37);
        Pooled pooled {store.put(buffer, name), name, QString::fromLatin1(scene.caption), jpeg.size()};
        if (!store.hasThumbnail(pooled.sha256))
            store.putThumbnail(pooled.sha256, Photos::thumbnailJpeg(image), image.size());
        m_pool.append(pooled);
    }
}

SamplePhotos::~SamplePhotos() = default;

void SamplePhotos::attach(qint64 caseId, const QDateTime& at, qint64 user)
{
    if (m_pool.isEmpty() || m_rng.bounded(8) != 0)
        return;
    const int count = 1 + static_cast<int>(m_rng.bounded(3));
    const int first = static_cast<int>(m_rng.bounded(static_cast<int>(m_pool.size())));
    for (int k = 0; k < count && k < m_pool.size(); ++k) {
        const Pooled& photo = m_pool.at((first + k) % m_pool.size());
        const qint64 id = m_link->bind(1, caseId)
                              .bind(2, photo.sha256)
                              .bind(3, photo.fileName)
                              .bind(4, photo.size)
                              .bind(5, photo.caption)
                              .bind(6, at.toSecsSinceEpoch())
                              .bind(7, user)
                              .run();
        for (const auto& [field, value] : {std::pair<const char*, QString>("file_name", photo.fileName),
                                           std::pair<const char*, QString>("caption", photo.caption),
                                           std::pair<const char*, QString>("sha256", photo.sha256)})
            m_audit->bind(1, at.toSecsSinceEpoch())
                .bind(2, user)
                .bind(3, caseId)
                .bind(4, id)
                .bind(5, QByteArray(field))
                .bind(6, value)
                .run();
    }
}
