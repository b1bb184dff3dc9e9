#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/ValidationIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace danhgia {

// The life of a criteria set version: a draft is edited and saved as often as needed, then
// published once, after which it never changes (a new year's version is a copy with the next
// version number). Only a published version may be used by a campaign.
class CriteriaSetVersions
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaSetVersions)

public:
    static constexpr const char* Draft = "draft";
    static constexpr const char* Published = "published";

    // The version number a copy takes: one above the highest stored (1 when none is).
    static int nextVersion(const QList<int>& storedVersions);
    // The problems of a set as it would be stored: read back from its document (so that the
    // structure is checked as a file would be) and validated.
    static ValidationIssues check(const CriteriaSet& set);
    // Empty when a version with these problems may be published; otherwise why not, naming the
    // first error.
    static QString publishRefusal(const ValidationIssues& issues);
    // Empty when a version with this status may still change (a draft); otherwise why not.
    static QString changeRefusal(const QString& status, const QString& setId, int version);
    // Empty when a campaign may use a version with this status (published only).
    static QString campaignRefusal(const QString& status, const QString& setId, int version);
};

} // namespace danhgia
