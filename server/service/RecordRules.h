#pragma once

#include "PushContext.h"
#include "RuleOutcome.h"

#include <QCoreApplication>

namespace danhgia::server {

// The rules of every synchronised entity but the score sheet (SheetRules): the catalogue (units,
// people), reference data (criteria sets, read and checked by the core, immutable once published;
// campaigns with their approvers; surveys), and what hangs on a sheet or a campaign (evidence
// files, comments, survey responses, grade decisions, councils and their examinations, a person's
// flags, a unit's raised quota ceiling, document settings). Each names its
// scope and asks the Authorizer; the data is the payload, merged over the stored row on update.
class RecordRules
{
    Q_DECLARE_TR_FUNCTIONS(RecordRules)

public:
    static RuleOutcome apply(PushContext& context, const PushOperation& op, const SyncRecord& current);

private:
    static RuleOutcome criteriaSet(PushContext& context, const PushOperation& op, const SyncRecord& current,
                                   QJsonObject data);
    static RuleOutcome campaign(PushContext& context, const PushOperation& op, const SyncRecord& current,
                                QJsonObject data);
    static RuleOutcome examination(PushContext& context, const PushOperation& op, const SyncRecord& current,
                                   QJsonObject data);
    static RuleOutcome onSheet(PushContext& context, const PushOperation& op, const SyncRecord& current,
                               QJsonObject data);
};

} // namespace danhgia::server
