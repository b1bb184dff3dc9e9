#include "councils/CouncilRoles.h"

namespace danhgia {

const QString CouncilRoles::Chair = QStringLiteral("chu_tich");
const QString CouncilRoles::ViceChair = QStringLiteral("pho_chu_tich");
const QString CouncilRoles::BoardHead = QStringLiteral("truong_ban");
const QString CouncilRoles::Member = QStringLiteral("uy_vien");
const QString CouncilRoles::Secretary = QStringLiteral("thu_ky");

QStringList CouncilRoles::all()
{
    return {Chair, ViceChair, BoardHead, Member, Secretary};
}

QString CouncilRoles::title(const QString& code)
{
    // The chair, the board head and the secretary are the app's roles of the same name.
    if (code == Chair) {
        return Roles::title(Role::CouncilChair);
    }
    if (code == Secretary) {
        return Roles::title(Role::CouncilSecretary);
    }
    if (code == ViceChair) {
        return tr("Council vice-chair");
    }
    if (code == BoardHead) {
        return Roles::title(Role::BoardHead);
    }
    if (code == Member) {
        return tr("Council member");
    }
    return code;
}

QString CouncilRoles::titleWithCode(const QString& code)
{
    const QString title = CouncilRoles::title(code);
    return title.isEmpty() || title == code ? code : QStringLiteral("%1 (%2)").arg(title, code);
}

QString CouncilRoles::ofAppRole(Role role)
{
    switch (role) {
        case Role::CouncilChair:
            return Chair;
        case Role::CouncilSecretary:
            return Secretary;
        case Role::BoardHead:
            return BoardHead;
        default:
            return Roles::name(role);
    }
}

} // namespace danhgia
