#include "criteria/ValidationIssue.h"

#include <QCoreApplication>

namespace danhgia {

QString ValidationIssue::toText() const
{
    QString where;
    if (!code.isEmpty() && !path.isEmpty()) {
        where = QCoreApplication::translate("ValidationIssue", "criterion %1 (%2)").arg(code, path);
    } else if (!code.isEmpty()) {
        where = QCoreApplication::translate("ValidationIssue", "criterion %1").arg(code);
    } else if (!path.isEmpty()) {
        where = path;
    }
    const QString prefix = severity == Severity::Error
        ? QCoreApplication::translate("ValidationIssue", "error")
        : QCoreApplication::translate("ValidationIssue", "warning");
    if (where.isEmpty()) {
        return prefix + QLatin1String(": ") + message;
    }
    return prefix + QLatin1String(": ") + where + QLatin1String(": ") + message;
}

bool ValidationIssue::hasErrors(const QList<ValidationIssue>& issues)
{
    for (const auto& issue : issues) {
        if (issue.isError()) {
            return true;
        }
    }
    return false;
}

} // namespace danhgia
