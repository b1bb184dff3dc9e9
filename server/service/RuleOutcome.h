#pragma once

#include "ApiError.h"
#include "SyncRecord.h"

namespace danhgia::server {

// What the rules of an entity make of an operation: the row as it is to be, or a refusal.
struct RuleOutcome
{
    bool ok = true;
    ApiError error;
    SyncRecord next;
    bool approves = false; // the change approves a sheet (approved_version is set)

    static RuleOutcome refused(const ApiError& error)
    {
        RuleOutcome outcome;
        outcome.ok = false;
        outcome.error = error;
        return outcome;
    }
};

} // namespace danhgia::server
