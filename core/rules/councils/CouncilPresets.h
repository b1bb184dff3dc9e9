#pragma once

#include "councils/CouncilSession.h"
#include "numbers/Decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// The spread rule of a legal text, offered when a council is created.
struct CouncilPreset
{
    QString title; // the legal text and its rule, for people
    QList<DialogueRule> dialogue;
};

// What a new interview council starts with (rules.md §5; the Councils screen's "New council"):
// the spread rule of Decision 612/QĐ-UBND (the default) or of Circular 06/2020/TT-BNV, scores out
// of 100 with one decimal, the pass mark of Decree 170/2025 offered, and members offered the role
// of an ordinary member (ủy viên) unless another is chosen.
class CouncilPresets
{
    Q_DECLARE_TR_FUNCTIONS(CouncilPresets)

public:
    // Decision 612/QĐ-UBND first (the default, as in a council file without a rule), then
    // Circular 06/2020/TT-BNV.
    static QList<CouncilPreset> all();
    static Decimal maximum(); // 100 points
    static int decimals(); // scores with one decimal
    static Decimal passMark(); // 50 (Decree 170/2025), offered; a council may have none
    static QString memberRole(); // CouncilRoles::Member
    // A session without members and candidates yet: `title`, the preset's spread rule, the maximum
    // and decimals above, and `pass` (empty: no pass mark).
    static CouncilSession newSession(const QString& title, const CouncilPreset& preset,
                                     const std::optional<Decimal>& pass);
};

} // namespace danhgia
