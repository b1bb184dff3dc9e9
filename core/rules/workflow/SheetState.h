#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// Where a score sheet stands in its workflow (see SheetWorkflow for the transitions).
enum class SheetState
{
    Draft, // dự thảo: being filled in by the assessed person or unit
    Submitted, // đã gửi: self-assessment sent for appraisal
    Appraised, // đã thẩm định: the appraised score is set, waiting for approval
    Approved, // đã phê duyệt: decided by the council chair (competent head)
    Published, // đã công bố: announced
};

// Names of the sheet states: a stable text name ("draft") and a translated title ("Draft").
class SheetStates
{
    Q_DECLARE_TR_FUNCTIONS(SheetStates)

public:
    static QList<SheetState> all();
    static QString name(SheetState state);
    static std::optional<SheetState> fromName(const QString& name);
    static QString title(SheetState state);
};

} // namespace danhgia
