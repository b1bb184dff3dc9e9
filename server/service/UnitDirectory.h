#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace danhgia::server {

// The units of the province as a tree (units are synchronised rows of entity "units", with their
// parent by UUID), for the scope of the data: a user sees the subtree of the unit he belongs to,
// so an account of the province (the root) sees every unit, a commune's only its own.
class UnitDirectory
{
public:
    struct Unit
    {
        QString uuid;
        QString code;
        QString name;
        QString kind; // province, department, commune, office, other
        QString parent; // empty at the root
    };

    void add(const Unit& unit);
    bool contains(const QString& uuid) const { return m_units.contains(uuid); }
    const Unit* find(const QString& uuid) const;
    const Unit* findByCode(const QString& code) const;
    // The unit and every unit under it.
    QSet<QString> subtree(const QString& uuid) const;
    bool isProvincial(const QString& uuid) const;
    QList<Unit> all() const { return m_units.values(); }

private:
    QHash<QString, Unit> m_units;
    QHash<QString, QString> m_byCode;
    QHash<QString, QList<QString>> m_children;
};

} // namespace danhgia::server
