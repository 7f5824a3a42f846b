#include "common/Icons.h"

QIcon Icons::action(const QString& name)
{
    return QIcon(QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg"));
}
