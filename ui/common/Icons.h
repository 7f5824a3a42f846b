#pragma once

#include <QIcon>
#include <QString>

// The window's own action icons: small SVG line drawings (24 x 24, one mid-blue that reads on
// light and dark palettes) compiled into the resource ":/icons/actions/<name>.svg". QIcon renders
// them through the SVG icon engine (Qt Svg's plugin), so they stay sharp at any scaling.
namespace Icons {
QIcon action(const QString& name);
} // namespace Icons
