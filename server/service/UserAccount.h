#pragma once

#include "workflow/Role.h"

#include <QList>
#include <QSet>
#include <QString>

namespace danhgia::server {

// A signed-in account as a request carries it: who, the unit he belongs to, the roles he holds
// (the client's roles, core/workflow) and the units whose data he may see.
struct UserAccount
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QString login;
    QString unitUuid;
    QList<Role> roles;
    bool provincial = false; // his unit is the province
    QSet<QString> visibleUnits; // his unit's subtree

    bool holds(Role role) const { return roles.contains(role); }
    bool sees(const QString& unit) const { return visibleUnits.contains(unit); }
};

} // namespace danhgia::server
