#include "lists/ListSpec.h"

#include <stdexcept>

const ListField* ListSpec::field(const QString& key) const
{
    for (const ListField& f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString ListSpec::displaySql(const QString& alias, bool chinese) const
{
    if (!chinese || !field(QStringLiteral("name_zh")))
        return display.arg(alias);
    QString zh = display;
    zh.replace(QStringLiteral("%1.name"), QStringLiteral("coalesce(nullif(%1.name_zh, ''), %1.name)"));
    return zh.arg(alias);
}

QString ListSpec::label(const QString& key) const
{
    const ListField* f = field(key);
    return f ? ListSpecs::translated(f->label) : key;
}

QString ListSpec::titleText() const
{
    return ListSpecs::translated(title);
}

QString ListSpec::entryText() const
{
    return ListSpecs::translated(entryName);
}

QString ListSpecs::translated(const char* source)
{
    return QCoreApplication::translate("ListSpecs", source);
}

const QList<ListSpec>& ListSpecs::all()
{
    static const QList<ListSpec> specs = [] {
        QList<ListSpec> list = customerLists();
        list += productLists();
        list += qualityLists();
        list += serviceLists();
        return list;
    }();
    return specs;
}

const ListSpec* ListSpecs::find(const QString& id)
{
    for (const ListSpec& s : all())
        if (s.id == id)
            return &s;
    return nullptr;
}

const ListSpec& ListSpecs::get(const QString& id)
{
    if (const ListSpec* s = find(id))
        return *s;
    throw std::out_of_range("unknown list " + id.toStdString());
}

QList<const ListSpec*> ListSpecs::children(const QString& parentId)
{
    QList<const ListSpec*> list;
    for (const ListSpec& s : all())
        if (!s.parentField.isEmpty() && s.field(s.parentField)->refList == parentId)
            list.append(&s);
    return list;
}
