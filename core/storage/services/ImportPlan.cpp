#include "services/ImportPlan.h"

#include <QFileInfo>

#include <algorithm>

namespace danhgia {

QString ImportPlan::Problem::toText() const
{
    if (row > 0 && !column.isEmpty()) {
        return tr("row %1, column «%2»: %3").arg(QString::number(row), column, message);
    }
    if (row > 0) {
        return tr("row %1: %2").arg(QString::number(row), message);
    }
    return message;
}

bool ImportPlan::hasRejections() const
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [](const Entry& entry) { return entry.action == Action::Reject; });
}

int ImportPlan::count(Action action) const
{
    return static_cast<int>(std::count_if(entries.cbegin(), entries.cend(),
                                          [action](const Entry& entry) { return entry.action == action; }));
}

QStringList ImportPlan::problemTexts() const
{
    QStringList texts;
    for (const Problem& problem : fileProblems) {
        texts.append(problem.toText());
    }
    for (const Entry& entry : entries) {
        for (const Problem& problem : entry.problems) {
            texts.append(problem.toText());
        }
    }
    return texts;
}

QStringList ImportPlan::warningTexts() const
{
    QStringList texts;
    for (const Entry& entry : entries) {
        for (const Problem& warning : entry.warnings) {
            texts.append(warning.toText());
        }
    }
    return texts;
}

QString ImportPlan::summary() const
{
    const QString file = QFileInfo(sourceName).fileName();
    const QString text = subject == Subject::Units
        ? tr("Units from \"%1\": %2 created, %3 updated, %4 unchanged, %5 rejected")
        : tr("People from \"%1\": %2 created, %3 updated, %4 unchanged, %5 rejected");
    return text.arg(file, QString::number(count(Action::Create)), QString::number(count(Action::Update)),
                    QString::number(count(Action::Unchanged)), QString::number(count(Action::Reject)));
}

QStringList ImportPlan::details() const
{
    QStringList lines;
    for (const Entry& entry : entries) {
        QString line = tr("row %1: %2 %3 «%4»")
                           .arg(QString::number(entry.row), actionName(entry.action), entry.code, entry.name);
        if (entry.action == Action::Update && !entry.changedColumns.isEmpty()) {
            line += tr(" (changes: %1)").arg(entry.changedColumns.join(QLatin1String(", ")));
        }
        lines.append(line);
    }
    return lines;
}

QString ImportPlan::actionName(Action action)
{
    switch (action) {
        case Action::Create:
            return tr("create");
        case Action::Update:
            return tr("update");
        case Action::Unchanged:
            return tr("unchanged");
        case Action::Reject:
            break;
    }
    return tr("reject");
}

} // namespace danhgia
