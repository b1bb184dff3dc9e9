#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// The appraisal council of each campaign as JSON text (table appraisal_councils, schema 3): what
// its minutes print of it, so that the minutes of every unit it appraises start with the same
// chair and secretary. A campaign has one appraisal council (the provincial council appraises
// every unit of a PAR index), so the campaign identifies it. This class only keeps the text; its
// fields are DocumentSettings' (core/documents/AppraisalCouncilSigners reads and writes them).
// Every change is recorded in the outbox and the audit trail.
class AppraisalCouncilStore
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalCouncilStore)

public:
    // The stored object of the campaign's council, an empty object when nothing is stored. Empty
    // (with `error`) when there is no campaign with that code or the database cannot be read.
    static std::optional<QJsonObject> load(QSqlDatabase& db, const QString& campaignCode, QString* error);
    // Stores the object for the campaign's council, in a transaction of its own; storing what is
    // stored already is not a change and records nothing.
    static bool save(Database& db, const QString& campaignCode, const QJsonObject& council,
                     const QString& actor, QString* error);
};

} // namespace danhgia
