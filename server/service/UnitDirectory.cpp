#include "UnitDirectory.h"

namespace danhgia::server {

void UnitDirectory::add(const Unit& unit)
{
    m_units.insert(unit.uuid, unit);
    m_byCode.insert(unit.code, unit.uuid);
    if (!unit.parent.isEmpty()) {
        m_children[unit.parent].append(unit.uuid);
    }
}

const UnitDirectory::Unit* UnitDirectory::find(const QString& uuid) const
{
    const auto it = m_units.constFind(uuid);
    return it == m_units.constEnd() ? nullptr : &it.value();
}

const UnitDirectory::Unit* UnitDirectory::findByCode(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : find(it.value());
}

QSet<QString> UnitDirectory::subtree(const QString& uuid) const
{
    QSet<QString> seen;
    QList<QString> pending{uuid};
    while (!pending.isEmpty()) {
        const QString next = pending.takeLast();
        if (seen.contains(next)) {
            continue; // a cycle in bad data must not loop
        }
        seen.insert(next);
        pending.append(m_children.value(next));
    }
    return seen;
}

bool UnitDirectory::isProvincial(const QString& uuid) const
{
    const Unit* unit = find(uuid);
    return unit && unit->kind == QLatin1String("province");
}

} // namespace danhgia::server
