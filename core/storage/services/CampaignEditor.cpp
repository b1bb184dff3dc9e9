#include "services/CampaignEditor.h"

#include "criteria/CriteriaSetVersions.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "stores/CriteriaSetStore.h"
#include "workflow/RecordPermissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

QVariantMap valuesOf(const CampaignRecord& campaign)
{
    QStringList periods;
    for (const QString& period : campaign.periods) {
        periods.append(period.trimmed());
    }
    return {{QStringLiteral("title"), campaign.title.trimmed()},
            {QStringLiteral("kind"), campaign.kind},
            {QStringLiteral("criteria_set_id"), campaign.criteriaSetRowId},
            {QStringLiteral("periods"),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(periods)).toJson(QJsonDocument::Compact))},
            {QStringLiteral("self_deadline"), CampaignStore::dateValue(campaign.deadlines.selfAssessment)},
            {QStringLiteral("appraisal_deadline"), CampaignStore::dateValue(campaign.deadlines.appraisal)},
            {QStringLiteral("classification_deadline"),
             CampaignStore::dateValue(campaign.deadlines.classification)}};
}

// The periods of the campaign that have sheets, with their number; nothing on a database error.
std::optional<QHash<QString, int>> sheetsByPeriod(QSqlDatabase& db, qint64 campaignId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT period, COUNT(*) FROM score_sheets WHERE campaign_id = ? GROUP BY period"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        *error
            = CampaignEditor::tr("cannot read the sheets of the campaign: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QHash<QString, int> counts;
    while (query.next()) {
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

} // namespace

QStringList CampaignEditor::kinds()
{
    return {QStringLiteral("staff"), QStringLiteral("par_index"), QStringLiteral("agency"),
            QStringLiteral("it_ranking"), QStringLiteral("interview")};
}

QString CampaignEditor::problem(QSqlDatabase& db, const CampaignRecord& campaign)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    const QString code = campaign.code.trimmed();
    if (code.isEmpty()) {
        return tr("Code: the campaign needs a code");
    }
    if (!codePattern.match(code).hasMatch()) {
        return tr("Code: \"%1\" may hold only letters without diacritics, digits, dots, hyphens and "
                  "underscores")
            .arg(code);
    }
    if (campaign.title.trimmed().isEmpty()) {
        return tr("Title: the campaign needs a title");
    }
    if (!kinds().contains(campaign.kind)) {
        return tr("Kind: \"%1\" is not a kind of campaign; use one of %2")
            .arg(campaign.kind, kinds().join(QLatin1String(", ")));
    }
    if (campaign.criteriaSetRowId <= 0) {
        return tr("Criteria set: choose the version of a criteria set");
    }
    QString detail;
    const auto set = CriteriaSetStore::load(db, campaign.criteriaSetRowId, &detail);
    if (!set) {
        return tr("Criteria set: %1").arg(detail);
    }
    const auto status = CriteriaSetStore::status(db, campaign.criteriaSetRowId, &detail);
    if (!status) {
        return tr("Criteria set: %1").arg(detail);
    }
    const QString draft = CriteriaSetVersions::campaignRefusal(*status, set->id, set->version);
    if (!draft.isEmpty()) {
        return tr("Criteria set: %1").arg(draft);
    }
    if (set->kind != campaign.kind) {
        return tr("Criteria set: %1 version %2 is for campaigns of the kind \"%3\", not \"%4\"")
            .arg(set->id)
            .arg(set->version)
            .arg(set->kind, campaign.kind);
    }
    if (campaign.periods.isEmpty()) {
        return tr("Periods: name at least one period (2026, 2026-01, 2026-Q1...)");
    }
    QSet<QString> seen;
    for (const QString& given : campaign.periods) {
        const QString period = given.trimmed();
        if (period.isEmpty()) {
            return tr("Periods: a period is empty");
        }
        if (seen.contains(period)) {
            return tr("Periods: %1 is named twice").arg(period);
        }
        seen.insert(period);
    }
    const QString order = campaign.deadlines.problem();
    if (!order.isEmpty()) {
        return tr("Deadlines: %1").arg(order);
    }
    return {};
}

std::optional<CampaignRecord> CampaignEditor::create(Database& db, const CampaignRecord& campaign, Role role,
                                                     const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    std::optional<CampaignRecord> created;
    const bool ok = db.transaction(
        [&](QString* e) {
            const QString wrong = problem(db.connection(), campaign);
            if (!wrong.isEmpty()) {
                *e = wrong;
                return false;
            }
            const QString code = campaign.code.trimmed();
            QString ignored;
            if (CampaignStore::find(db.connection(), code, &ignored)) {
                *e = tr("Code: a campaign with the code %1 exists already").arg(code);
                return false;
            }
            if (!SyncedTable::upsert(db.connection(), QStringLiteral("campaigns"),
                                     {{QStringLiteral("code"), code}}, valuesOf(campaign), actor, QString(),
                                     e)) {
                return false;
            }
            created = CampaignStore::find(db.connection(), code, e);
            return created.has_value();
        },
        error);
    return ok ? created : std::nullopt;
}

std::optional<CampaignRecord> CampaignEditor::edit(Database& db, const CampaignRecord& campaign, Role role,
                                                   const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    std::optional<CampaignRecord> edited;
    const bool ok = db.transaction(
        [&](QString* e) {
            const auto existing = CampaignStore::find(db.connection(), campaign.code.trimmed(), e);
            if (!existing) {
                return false;
            }
            if (existing->isClosed()) {
                *e = tr("the campaign %1 is closed: it can no longer be changed").arg(existing->code);
                return false;
            }
            const QString wrong = problem(db.connection(), campaign);
            if (!wrong.isEmpty()) {
                *e = wrong;
                return false;
            }
            const auto sheets = sheetsByPeriod(db.connection(), existing->id, e);
            if (!sheets) {
                return false;
            }
            if (!sheets->isEmpty()
                && (existing->criteriaSetRowId != campaign.criteriaSetRowId
                    || existing->kind != campaign.kind)) {
                *e = tr("Criteria set: the campaign %1 has score sheets already; its kind and criteria set "
                        "can no longer change")
                         .arg(existing->code);
                return false;
            }
            QStringList kept;
            for (const QString& period : campaign.periods) {
                kept.append(period.trimmed());
            }
            for (auto it = sheets->cbegin(); it != sheets->cend(); ++it) {
                if (!it.key().isEmpty() && !kept.contains(it.key())) {
                    *e = tr("Periods: the period %1 has %n score sheet(s); it cannot be removed", nullptr,
                            it.value())
                             .arg(it.key());
                    return false;
                }
            }
            if (!SyncedTable::upsert(db.connection(), QStringLiteral("campaigns"),
                                     {{QStringLiteral("code"), existing->code}}, valuesOf(campaign), actor,
                                     QString(), e)) {
                return false;
            }
            edited = CampaignStore::find(db.connection(), existing->code, e);
            return edited.has_value();
        },
        error);
    return ok ? edited : std::nullopt;
}

bool CampaignEditor::close(Database& db, const QString& code, Role role, const QString& actor,
                           const QString& reason, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    return db.transaction(
        [&](QString* e) {
            const auto existing = CampaignStore::find(db.connection(), code, e);
            if (!existing) {
                return false;
            }
            if (existing->isClosed()) {
                *e = tr("the campaign %1 is closed already").arg(existing->code);
                return false;
            }
            return SyncedTable::upsert(db.connection(), QStringLiteral("campaigns"),
                                       {{QStringLiteral("code"), existing->code}},
                                       {{QStringLiteral("closed_at"), Database::nowUtc()}}, actor, reason, e)
                .has_value();
        },
        error);
}

} // namespace danhgia
