#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// One row of a sheet's history, from the audit trail, in words for people.
struct SheetHistoryEntry
{
    qint64 auditId = 0; // the audit_log row
    QDateTime at; // UTC
    QString actor;
    QString entity; // score_sheets, evidence_files, comments
    QString action; // as recorded: insert, update, score, explain, submit, approve, comment, ...
    QString what; // the action in words ("Approve", "Scores changed", "Evidence added", ...)
    QString reason;
    QString change; // old → new in readable text ("Appraised → Approved", "1.4: 2 → 2,5")
};

// The history of one score sheet: every audit trail row about the sheet itself (creation, values,
// explanations, workflow steps) and about its evidence files and comments, newest first. Numbers
// are written in `locale`; texts are in the user's language.
class SheetHistory
{
    Q_DECLARE_TR_FUNCTIONS(SheetHistory)

public:
    static std::optional<QList<SheetHistoryEntry>> load(QSqlDatabase& db, qint64 sheetId, QString* error,
                                                        const QLocale& locale = QLocale());

    // One leaf value of a sheet as stored ({"points": 2.5}, {"level": 1}, ...) in words.
    static QString describeValue(const QJsonObject& value, const QLocale& locale);

private:
    static void describe(SheetHistoryEntry* entry, const QJsonObject& before, const QJsonObject& after,
                         const QLocale& locale);
    static QString valueChanges(const QJsonObject& before, const QJsonObject& after, const QLocale& locale);
    // The title of a stage named in a change record; a name it does not know as it is.
    static QString stageTitle(const QString& name);
};

} // namespace danhgia
