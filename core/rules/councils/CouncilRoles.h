#pragma once

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace danhgia {

// The roles people hold in an interview council, by the codes a council document uses
// ("chu_tich"; a dialogue rule's `by` is one of them), and their titles for people.
class CouncilRoles
{
    Q_DECLARE_TR_FUNCTIONS(CouncilRoles)

public:
    static const QString Chair; // chu_tich: Chủ tịch Hội đồng
    static const QString ViceChair; // pho_chu_tich
    static const QString BoardHead; // truong_ban: Trưởng ban (kiểm tra, sát hạch)
    static const QString Member; // uy_vien
    static const QString Secretary; // thu_ky

    // Every known code, the chair first.
    static QStringList all();
    // The title of a code in the user's language ("Chủ tịch Hội đồng"); an unknown code as it is.
    static QString title(const QString& code);
    // The title and the code, for messages ("Chủ tịch Hội đồng (chu_tich)"); an unknown code alone.
    static QString titleWithCode(const QString& code);
    // The council role of a user acting in the app's `role`: the council chair is the chair
    // (chu_tich), the board head the board head (truong_ban), the council secretary the secretary
    // (thu_ky); any other role by its own name ("appraiser"), which holds no dialogue.
    static QString ofAppRole(Role role);
};

} // namespace danhgia
