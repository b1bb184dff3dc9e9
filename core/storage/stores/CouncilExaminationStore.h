#pragma once

#include "councils/CouncilExamination.h"
#include "stores/CouncilStore.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// The examination of each interview council (table council_examinations, schema 7): its parts,
// the candidates' priority points and the scores of the parts other than the interview, as
// CouncilExamination's JSON text. Set up with the council: save() writes the council session
// (CouncilStore) and its examination in one transaction, after checking both, so that a refused
// set-up writes nothing. Every write asks RecordPermissions (the council's setup) first and is
// recorded in the outbox and the audit trail.
class CouncilExaminationStore
{
    Q_DECLARE_TR_FUNCTIONS(CouncilExaminationStore)

public:
    // The council's examination; an empty one (no parts) when none is stored.
    static std::optional<CouncilExamination> load(QSqlDatabase& db, qint64 councilId, QString* error);
    // Creates (id 0) or replaces the council and stores its examination; returns the council's id.
    // Refused, with every problem (one per line), when the examination does not fit the council.
    static std::optional<qint64> save(Database& db, const CouncilRecord& council,
                                      const CouncilExamination& examination, Role role, const QString& actor,
                                      QString* error);
};

} // namespace danhgia
