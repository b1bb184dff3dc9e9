#include "councils/CouncilPresets.h"

#include "councils/CouncilRoles.h"

namespace danhgia {

QList<CouncilPreset> CouncilPresets::all()
{
    return {{tr("Decision 612/QĐ-UBND: the council chair, when the scores are 10 or more points apart"),
             CouncilSession::decision612Rules()},
            {tr("Circular 06/2020/TT-BNV: the board head above 5 points apart, the council chair from 10"),
             CouncilSession::circular06Rules()}};
}

Decimal CouncilPresets::maximum()
{
    return Decimal::fromInt(100);
}

int CouncilPresets::decimals()
{
    return 1;
}

Decimal CouncilPresets::passMark()
{
    return Decimal::fromInt(50);
}

QString CouncilPresets::memberRole()
{
    return CouncilRoles::Member;
}

CouncilSession CouncilPresets::newSession(const QString& title, const CouncilPreset& preset,
                                          const std::optional<Decimal>& pass)
{
    CouncilSession session;
    session.title = title;
    session.max = maximum();
    session.decimals = decimals();
    session.dialogue = preset.dialogue;
    session.pass = pass;
    return session;
}

} // namespace danhgia
