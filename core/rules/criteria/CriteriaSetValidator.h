#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/ValidationIssue.h"

#include <QCoreApplication>

namespace danhgia {

// The semantic checks of a criteria set that reading alone cannot make: duplicate codes,
// maxima and floors, methods whose fields do not fit the leaf's maximum, bands out of order,
// grades out of order, flags and quota naming unknown grades, and maxima no sheet can reach
// (a warning). Sets built in memory (by the editor or an import) go through it too.
class CriteriaSetValidator
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaSetValidator)

public:
    static ValidationIssues validate(const CriteriaSet& set);

private:
    explicit CriteriaSetValidator(const CriteriaSet& set)
        : m_set(set)
    { }

    void checkCodes();
    void checkNode(const Criterion& node);
    void checkMethod(const Criterion& node);
    void checkGroupReach(const Criterion& node);
    void checkGrades();
    void checkFlagsAndQuota();
    void checkWaivedFlags(const GradeFlag& flag, const QString& path);

    void error(const Criterion* node, const QString& suffix, const QString& message);
    void warning(const Criterion* node, const QString& suffix, const QString& message);

    const CriteriaSet& m_set;
    ValidationIssues m_issues;
};

} // namespace danhgia
