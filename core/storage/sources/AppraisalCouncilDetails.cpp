#include "sources/AppraisalCouncilDetails.h"

#include "database/Database.h"
#include "documentdata/DocumentWording.h"
#include "stores/AppraisalCouncilStore.h"
#include "workflow/RecordPermissions.h"

namespace danhgia {

std::optional<AppraisalCouncil> AppraisalCouncilDetails::load(QSqlDatabase& db, const QString& campaignCode,
                                                              QString* error)
{
    const auto stored = AppraisalCouncilStore::load(db, campaignCode, error);
    if (!stored) {
        return std::nullopt;
    }
    return AppraisalCouncil::fromJson(*stored);
}

bool AppraisalCouncilDetails::save(Database& db, const QString& campaignCode, const AppraisalCouncil& council,
                                   Role role, const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CouncilSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    const QStringList problems = council.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    const auto stored = AppraisalCouncilStore::load(db.connection(), campaignCode, error);
    if (!stored) {
        return false;
    }
    QJsonObject merged = *stored;
    const QJsonObject fields = council.toJson();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    return AppraisalCouncilStore::save(db, campaignCode, merged, actor, error);
}

void AppraisalCouncilDetails::applyTo(const AppraisalCouncil& council, AppraisalMinutesInput* input,
                                      DocumentSettings* settings)
{
    if (council.members.isEmpty()) {
        return;
    }
    input->members.clear();
    for (const AppraisalCouncilSeat& seat : council.members) {
        input->members.append({seat.name.trimmed(), seat.role.trimmed(), seat.present});
    }
    if (!council.conclusion.trimmed().isEmpty()) {
        input->conclusion = council.conclusion.trimmed();
    }
    const QString number = council.decisionNumber.trimmed();
    if (!number.isEmpty() && !settings->basis.contains(number)) {
        const QString date = council.decisionDate.isValid()
            ? council.decisionDate.toString(QStringLiteral("dd/MM/yyyy"))
            : DocumentWording::text("appraisal.blank_name");
        // The decision replaces the line left blank by default for it.
        const QString blank = DocumentWording::text("appraisal.default_basis");
        QStringList lines = settings->basis.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([&blank](const QString& line) { return line.trimmed() == blank; });
        lines.prepend(DocumentWording::text("appraisal.decision_basis")
                          .arg(number, date, council.decisionSigner.trimmed()));
        settings->basis = lines.join(QLatin1Char('\n'));
    }
}

} // namespace danhgia
