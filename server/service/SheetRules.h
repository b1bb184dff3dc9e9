#pragma once

#include "PushContext.h"
#include "RuleOutcome.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace danhgia::server {

// The rules of a score sheet on the server, with the core's code: who may create it, record each
// stage's values and take each workflow action (Authorizer: RecordPermissions and SheetWorkflow
// under the campaign's ApprovalPolicy), whether the values fit the criteria set, and the totals,
// recomputed with SheetScorer whatever the client sent.
//
// The data of a sheet on the server (records.data): campaign_uuid, subject_code, subject_name,
// subject_group, period, flags, state, values {self, appraised, final: {code: value}}, reasons
// {stage: {code: reason}}, explanations {code: text}, totals {stage: {total, max, index, complete}}.
class SheetRules
{
    Q_DECLARE_TR_FUNCTIONS(SheetRules)

public:
    static RuleOutcome apply(PushContext& context, const PushOperation& op, const SyncRecord& current);
    // The fields of the server's row that an operation would change and that differ from it.
    static QJsonArray changedFields(const QJsonObject& payload, const QJsonObject& server);

private:
    static RuleOutcome insert(PushContext& context, const PushOperation& op, const SyncRecord& current);
    static RuleOutcome update(PushContext& context, const PushOperation& op, const SyncRecord& current);
    static std::optional<ApiError> rescore(PushContext& context, const QString& stage, QJsonObject* doc);
};

} // namespace danhgia::server
