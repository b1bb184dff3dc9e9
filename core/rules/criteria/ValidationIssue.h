#pragma once

#include <QList>
#include <QString>

namespace danhgia {

// One problem found in an input file: where (JSON path and, when known, criterion code) and
// what, in the user's language. Errors make a file unusable; warnings are shown but allowed.
struct ValidationIssue
{
    enum class Severity
    {
        Error,
        Warning,
    };

    Severity severity = Severity::Error;
    QString path; // e.g. criteria[0].children[1].method.levels[2].points
    QString code; // criterion code, empty when the problem is not about one criterion
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "tiêu chí 1.1.2 (criteria[0].children[1]): message" in the current translation.
    QString toText() const;

    static bool hasErrors(const QList<ValidationIssue>& issues);
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace danhgia
