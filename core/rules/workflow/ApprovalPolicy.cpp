#include "workflow/ApprovalPolicy.h"

#include <QStringList>

namespace danhgia {

namespace {

QList<Role> inRoleOrder(const QList<Role>& roles)
{
    QList<Role> ordered;
    for (const Role role : Roles::all()) {
        if (roles.contains(role)) {
            ordered.append(role);
        }
    }
    return ordered;
}

} // namespace

ApprovalPolicy::ApprovalPolicy()
    : m_approvers{Role::CouncilChair}
{ }

ApprovalPolicy::ApprovalPolicy(QList<Role> approvers)
    : m_approvers(inRoleOrder(approvers))
{
    if (m_approvers.isEmpty()) {
        m_approvers = {Role::CouncilChair};
    }
}

ApprovalPolicy ApprovalPolicy::forKind(const QString& campaignKind)
{
    if (campaignKind == QLatin1String("staff")) {
        return ApprovalPolicy({Role::UnitHead});
    }
    if (campaignKind == QLatin1String("par_index") || campaignKind == QLatin1String("it_ranking")
        || campaignKind == QLatin1String("agency_quality")) {
        return ApprovalPolicy({Role::CouncilChair, Role::Administrator});
    }
    return ApprovalPolicy();
}

std::optional<ApprovalPolicy> ApprovalPolicy::fromText(const QString& stored, const QString& campaignKind,
                                                       QString* error)
{
    if (stored.trimmed().isEmpty()) {
        return forKind(campaignKind);
    }
    QList<Role> roles;
    for (const QString& part : stored.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        const auto role = Roles::fromName(name);
        if (!role) {
            QStringList known;
            for (const Role each : Roles::all()) {
                known.append(Roles::name(each));
            }
            *error = tr("\"%1\" is not a role that can approve; the roles are: %2")
                         .arg(name, known.join(QLatin1String(", ")));
            return std::nullopt;
        }
        roles.append(*role);
    }
    return ApprovalPolicy(roles);
}

QString ApprovalPolicy::toText() const
{
    QStringList names;
    for (const Role role : m_approvers) {
        names.append(Roles::name(role));
    }
    return names.join(QLatin1Char(','));
}

QString ApprovalPolicy::titles() const
{
    QStringList names;
    for (const Role role : m_approvers) {
        names.append(Roles::title(role));
    }
    return names.join(QLatin1String(", "));
}

} // namespace danhgia
