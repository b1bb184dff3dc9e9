#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// What a user acts as on a score sheet. A person may hold several roles in different campaigns;
// the workflow checks one role at a time (the one the user acts in).
enum class Role
{
    SelfAssessor, // người tự đánh giá: fills in the self-assessment
    UnitHead, // thủ trưởng đơn vị: head of the assessed unit, submits its self-assessment
    Appraiser, // thành viên Tổ giúp việc / người thẩm định
    CouncilSecretary, // thư ký Hội đồng thẩm định
    CouncilChair, // chủ tịch Hội đồng, or the competent head who decides (người có thẩm quyền)
    Administrator, // quản trị: runs the campaign, publishes results
    BoardHead, // trưởng ban kiểm tra, sát hạch: holds a council's dialogue when Circular 06 says so
};

// Names of the roles: a stable text name for files and the database ("self_assessor") and a
// translated title for people ("Self-assessor" → "Người tự đánh giá").
class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QList<Role> all();
    static QString name(Role role);
    static std::optional<Role> fromName(const QString& name);
    static QString title(Role role);
};

} // namespace danhgia
