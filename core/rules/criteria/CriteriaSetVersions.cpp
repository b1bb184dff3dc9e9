#include "criteria/CriteriaSetVersions.h"

#include "criteria/CriteriaSetReader.h"

#include <algorithm>

namespace danhgia {

int CriteriaSetVersions::nextVersion(const QList<int>& storedVersions)
{
    int highest = 0;
    for (const int version : storedVersions) {
        highest = std::max(highest, version);
    }
    return highest + 1;
}

ValidationIssues CriteriaSetVersions::check(const CriteriaSet& set)
{
    ValidationIssues issues;
    CriteriaSetReader::fromObject(set.toJson(), &issues);
    return issues;
}

QString CriteriaSetVersions::publishRefusal(const ValidationIssues& issues)
{
    int errors = 0;
    const ValidationIssue* first = nullptr;
    for (const auto& issue : issues) {
        if (issue.isError()) {
            ++errors;
            if (!first) {
                first = &issue;
            }
        }
    }
    if (errors == 0) {
        return QString();
    }
    return tr("The version cannot be published while it has %n error(s); fix them first. The first one: %1",
              nullptr, errors)
        .arg(first->toText());
}

QString CriteriaSetVersions::changeRefusal(const QString& status, const QString& setId, int version)
{
    if (status == QLatin1String(Draft)) {
        return QString();
    }
    return tr("The criteria set %1 version %2 is published and can no longer change; copy it to a new "
              "version to make changes")
        .arg(setId)
        .arg(version);
}

QString CriteriaSetVersions::campaignRefusal(const QString& status, const QString& setId, int version)
{
    if (status == QLatin1String(Published)) {
        return QString();
    }
    return tr("the criteria set %1 version %2 is still a draft; publish it before a campaign uses it")
        .arg(setId)
        .arg(version);
}

} // namespace danhgia
