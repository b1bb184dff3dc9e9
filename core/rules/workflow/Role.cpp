#include "workflow/Role.h"

namespace danhgia {

QList<Role> Roles::all()
{
    return {Role::SelfAssessor, Role::UnitHead,      Role::Appraiser, Role::CouncilSecretary,
            Role::CouncilChair, Role::Administrator, Role::BoardHead};
}

QString Roles::name(Role role)
{
    switch (role) {
        case Role::SelfAssessor:
            return QStringLiteral("self_assessor");
        case Role::UnitHead:
            return QStringLiteral("unit_head");
        case Role::Appraiser:
            return QStringLiteral("appraiser");
        case Role::CouncilSecretary:
            return QStringLiteral("council_secretary");
        case Role::CouncilChair:
            return QStringLiteral("council_chair");
        case Role::Administrator:
            return QStringLiteral("administrator");
        case Role::BoardHead:
            return QStringLiteral("board_head");
    }
    return {};
}

std::optional<Role> Roles::fromName(const QString& name)
{
    for (const Role role : all()) {
        if (Roles::name(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}

QString Roles::title(Role role)
{
    switch (role) {
        case Role::SelfAssessor:
            return tr("Self-assessor");
        case Role::UnitHead:
            return tr("Unit head");
        case Role::Appraiser:
            return tr("Appraiser");
        case Role::CouncilSecretary:
            return tr("Council secretary");
        case Role::CouncilChair:
            return tr("Council chair");
        case Role::Administrator:
            return tr("Administrator");
        case Role::BoardHead:
            return tr("Board head");
    }
    return {};
}

} // namespace danhgia
