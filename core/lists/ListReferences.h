#pragma once

#include <QSqlDatabase>
#include <QVariant>

struct ListSpec;
struct ListField;

// Finds the entry a Reference or Set field names: by id (a number), by the referred list's
// code, or by the text the lists show for it (a site's name, "order / batch"). Statements are
// kept prepared, so an import resolving a model per row pays for a lookup, not a prepare.
class ListReferences
{
public:
    struct Found
    {
        bool exists = false;
        QVariant stored; // what the referring column holds (the id, or the code)
        qint64 id = 0;
        bool active = true;
        qint64 parentId = 0; // the referred entry's parent, when its list has one
        QString display;
    };

    explicit ListReferences(QSqlDatabase db);
    // withinParent: the referred entry must hang from this parent (0: any).
    Found find(const ListField& field, const QVariant& value, qint64 withinParent = 0) const;
    // The same for a stored value (an id, or a code when the field stores codes).
    Found findStored(const ListField& field, const QVariant& stored) const;

private:
    Found read(const ListSpec& spec, const QString& refKey, const QString& where, QVariantList binds,
               qint64 withinParent) const;
    QSqlDatabase m_db;
};
