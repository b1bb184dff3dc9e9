#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// What a user asks to do with a score sheet (see SheetWorkflow for who may do what, and when).
enum class WorkflowAction
{
    Submit, // gửi: send the self-assessment for appraisal
    Return, // trả lại: send it back to the assessed person or unit, with a reason
    Appraise, // thẩm định: record the appraisal as done
    Approve, // phê duyệt
    Publish, // công bố
    Reopen, // mở lại: undo an approval (or a publication), with a reason
};

// Names of the actions: a stable text name ("submit") and a translated title ("Submit").
class WorkflowActions
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowActions)

public:
    static QList<WorkflowAction> all();
    static QString name(WorkflowAction action);
    static std::optional<WorkflowAction> fromName(const QString& name);
    static QString title(WorkflowAction action);
};

} // namespace danhgia
