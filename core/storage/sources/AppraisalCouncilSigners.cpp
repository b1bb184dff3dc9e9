#include "sources/AppraisalCouncilSigners.h"

#include "database/Database.h"
#include "stores/AppraisalCouncilStore.h"

namespace danhgia {

std::optional<DocumentSettings> AppraisalCouncilSigners::load(QSqlDatabase& db, const QString& campaignCode,
                                                              const DocumentSettings& base, QString* error)
{
    const auto stored = AppraisalCouncilStore::load(db, campaignCode, error);
    if (!stored) {
        return std::nullopt;
    }
    // Only the council's fields: whatever else the object may hold is not taken.
    QJsonObject council;
    for (const QString& key : {QStringLiteral("chair"), QStringLiteral("secretary")}) {
        if (stored->contains(key)) {
            council.insert(key, stored->value(key));
        }
    }
    return DocumentSettings::fromJson(council, base);
}

bool AppraisalCouncilSigners::save(Database& db, const QString& campaignCode,
                                   const DocumentSettings& settings, const QString& actor, QString* error)
{
    // The council's other fields (its decision, members, conclusion: AppraisalCouncilDetails) are kept.
    const auto stored = AppraisalCouncilStore::load(db.connection(), campaignCode, error);
    if (!stored) {
        return false;
    }
    QJsonObject merged = *stored;
    const QJsonObject signers = councilFields(settings);
    for (auto it = signers.begin(); it != signers.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    return AppraisalCouncilStore::save(db, campaignCode, merged, actor, error);
}

QJsonObject AppraisalCouncilSigners::councilFields(const DocumentSettings& settings)
{
    const QJsonObject all = settings.toJson();
    return QJsonObject{{QStringLiteral("chair"), all.value(QStringLiteral("chair"))},
                       {QStringLiteral("secretary"), all.value(QStringLiteral("secretary"))}};
}

} // namespace danhgia
