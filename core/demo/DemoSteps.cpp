#include "demo/DemoSteps.h"

#include "database/Database.h"
#include "demo/DemoSheetValues.h"
#include "services/SheetTransitions.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetContextStore.h"
#include "stores/SheetStore.h"

#include <QFile>

namespace danhgia {

QString DemoSteps::appraiser()
{
    return QStringLiteral("Nông Thị Hạnh (appraiser)");
}

QString DemoSteps::chair()
{
    return QStringLiteral("Hoàng Văn Thụ (council_chair)");
}

QString DemoSteps::unitHead()
{
    return QStringLiteral("Vi Văn Hùng (unit_head)");
}

QString DemoSteps::administrator()
{
    return QStringLiteral("Lương Văn Minh (administrator)");
}

QString DemoSteps::selfAssessor(const QString& name)
{
    return QStringLiteral("%1 (self_assessor)").arg(name);
}

std::optional<CampaignSetup> DemoSteps::importSet(Database& db, const QString& resource, QString* error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The built-in criteria set %1 cannot be read.").arg(resource);
        return std::nullopt;
    }
    ValidationIssues issues;
    const auto rowId
        = CriteriaSetStore::import(db.connection(), file.readAll(), administrator(), &issues, error);
    if (!rowId) {
        if (error->isEmpty() && !issues.isEmpty()) {
            *error = issues.first().message;
        }
        return std::nullopt;
    }
    return CampaignSetup::forCriteriaSet(db.connection(), *rowId, error);
}

bool DemoSteps::advance(Database& db, qint64 sheetId, SheetState from, SheetState target,
                        const QString& selfActor, QString* error)
{
    struct Step
    {
        SheetState reached;
        WorkflowAction action;
        Role role;
        QString actor;
    };
    // The approval is made by whoever approves in the campaign: the unit head for staff, the
    // council chair otherwise.
    const auto sheet = SheetContextStore::load(db.connection(), sheetId, error);
    if (!sheet) {
        return false;
    }
    const bool headApproves = sheet->campaign.policy().approves(Role::UnitHead);
    const QList<Step> steps{
        {SheetState::Submitted, WorkflowAction::Submit, Role::SelfAssessor, selfActor},
        {SheetState::Appraised, WorkflowAction::Appraise, Role::Appraiser, appraiser()},
        {SheetState::Approved, WorkflowAction::Approve, headApproves ? Role::UnitHead : Role::CouncilChair,
         headApproves ? unitHead() : chair()},
        {SheetState::Published, WorkflowAction::Publish, Role::Administrator, administrator()}};
    for (const Step& step : steps) {
        if (step.reached <= from) {
            continue;
        }
        if (target < step.reached) {
            break;
        }
        if (!SheetTransitions::apply(db, sheetId, step.action, step.role, step.actor, {}, error)) {
            return false;
        }
    }
    return true;
}

std::optional<QStringList> DemoSteps::appraise(Database& db, DemoSheetValues& values, qint64 campaignId,
                                               const CriteriaSet& set, ScoreSheet sheet, int changes,
                                               QString* error)
{
    sheet.stage = Stage::Appraised;
    QStringList changed;
    for (const Criterion& node : set.nodes()) {
        if (node.isGroup || changed.size() >= changes || values.between(1, 100) > 35) {
            continue;
        }
        const LeafValue lowered = values.lowered(node, sheet.values.value(node.code));
        if (LeafValue::toJson(lowered) != LeafValue::toJson(sheet.values.value(node.code))) {
            sheet.values[node.code] = lowered;
            // An appraised value that differs from the self-assessed one needs its reason.
            sheet.reasons[node.code]
                = tr("The evidence does not show the full result that was self-assessed.");
            changed.append(node.code);
        }
    }
    const QString reason = changed.isEmpty()
        ? tr("Appraised as self-assessed.")
        : tr("Criteria %1 appraised below the self-assessment; the reason is given with each.")
              .arg(changed.join(QLatin1String(", ")));
    if (!SheetStore::save(db.connection(), campaignId, sheet, appraiser(), reason, error)) {
        return std::nullopt;
    }
    return changed;
}

} // namespace danhgia
