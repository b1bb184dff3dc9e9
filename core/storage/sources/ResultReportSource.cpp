#include "sources/ResultReportSource.h"

#include "queries/CampaignResults.h"
#include "queries/Listings.h"
#include "queries/UnitClassification.h"
#include "results/ResultClassifier.h"
#include "results/ResultStatistics.h"
#include "stores/CampaignStore.h"
#include "stores/PersonDirectory.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace danhgia {

namespace {

// The unit and every unit under it, by code.
QSet<QString> unitAndBelow(const QList<UnitRecord>& units, const QString& unitCode)
{
    QSet<QString> scope{unitCode};
    for (bool grew = true; grew;) {
        grew = false;
        for (const UnitRecord& unit : units) {
            if (!scope.contains(unit.code) && scope.contains(unit.parentCode)) {
                scope.insert(unit.code);
                grew = true;
            }
        }
    }
    return scope;
}

// The points of each part on one subject's sheets: the part's points on the one sheet, or over
// several periods their mean rounded as PeriodAggregator rounds the total (each period's points
// at the set's decimals, the mean half up to the same decimals).
QList<std::optional<Decimal>> partPoints(const QList<ResultReportPart>& parts, const QList<int>& partNodes,
                                         const QList<const SubjectResult*>& sheets, int decimals)
{
    QList<std::optional<Decimal>> points;
    for (int p = 0; p < parts.size(); ++p) {
        const auto node = static_cast<std::size_t>(partNodes.at(p));
        QList<std::optional<Decimal>> values;
        for (const SubjectResult* sheet : sheets) {
            if (node < sheet->nodes.size() && sheet->nodes[node].applicable) {
                values.append(sheet->nodes[node].points.rounded(decimals));
            }
        }
        points.append(ResultStatistics::mean(values, decimals));
    }
    return points;
}

} // namespace

std::optional<ResultReportData> ResultReportSource::load(QSqlDatabase& db, const QString& campaignCode,
                                                         const QString& unitCode, QString* error)
{
    const auto campaign = CampaignStore::find(db, campaignCode, error);
    const auto units = campaign ? Listings::units(db, error) : std::nullopt;
    if (!units) {
        return std::nullopt;
    }
    ResultReportData data;
    data.campaignCode = campaign->code;
    data.campaignTitle = campaign->title;
    QSet<QString> scope;
    if (!unitCode.isEmpty()) {
        const auto unit = std::find_if(units->cbegin(), units->cend(),
                                       [&](const UnitRecord& u) { return u.code == unitCode; });
        if (unit == units->cend()) {
            *error = tr("there is no unit with the code \"%1\"").arg(unitCode);
            return std::nullopt;
        }
        data.unitCode = unit->code;
        data.unitName = unit->name;
        scope = unitAndBelow(*units, unitCode);
    }

    // Per sheet first: they carry the points of each criterion; then, over several periods,
    // the mean of each subject's periods, ranked and graded by the engine.
    const auto perSheet = CampaignResults::compute(db, campaignCode, false, error);
    if (!perSheet) {
        return std::nullopt;
    }
    QHash<QString, QList<const SubjectResult*>> sheetsOf;
    for (const SubjectResult& result : perSheet->result.results) {
        sheetsOf[result.subjectId].append(&result);
        const QString period = ResultStatistics::periodKey(result.period);
        if (!data.periods.contains(period)) {
            data.periods.append(period);
        }
    }
    std::sort(data.periods.begin(), data.periods.end());
    const bool aggregate = data.periods.size() > 1;
    const auto overall = aggregate ? CampaignResults::compute(db, campaignCode, true, error) : perSheet;
    const auto classified
        = overall ? UnitClassification::load(db, campaignCode, QString(), error) : std::nullopt;
    const auto people = classified ? PersonDirectory::search(db, QString(), error) : std::nullopt;
    if (!people) {
        return std::nullopt;
    }

    const CriteriaSet& set = overall->set;
    data.decimals = set.decimals;
    data.grades = set.grades;
    data.quota = set.quota;
    QList<int> partNodes;
    for (const ResultStatistics::Field& field : ResultStatistics::fieldsOf(set)) {
        const Criterion& node = set.node(field.node);
        data.parts.append({field.code, field.title, node.isGroup ? node.max : node.leafMax()});
        partNodes.append(field.node);
    }
    QHash<QString, const PersonRecord*> personOf;
    for (const PersonRecord& person : *people) {
        personOf.insert(person.code, &person);
    }
    QHash<QString, const ClassifiedSubject*> subjectOf;
    for (const ClassifiedGroup& group : classified->groups) {
        for (const ClassifiedSubject& subject : group.subjects) {
            subjectOf.insert(subject.subjectCode, &subject);
        }
    }

    bool anyPerson = false;
    QSet<QString> groupsShown;
    for (const SubjectResult& result : overall->result.results) {
        const ClassifiedSubject* subject = subjectOf.value(result.subjectId);
        if (!scope.isEmpty() && (!subject || !scope.contains(subject->unitCode))) {
            continue;
        }
        ResultReportRow row;
        row.subjectCode = result.subjectId;
        row.name = result.subjectName.isEmpty() ? result.subjectId : result.subjectName;
        if (const PersonRecord* person = personOf.value(result.subjectId)) {
            anyPerson = true;
            row.position = person->position;
            row.unitName = person->unitName;
        }
        row.taskGroup = result.group;
        row.partPoints = partPoints(data.parts, partNodes, sheetsOf.value(result.subjectId), set.decimals);
        row.total = result.total;
        row.max = result.max;
        row.index = result.index;
        row.complete = result.complete;
        row.ruleGrade = subject ? subject->grade : result.grade;
        row.grade = row.ruleGrade;
        row.quota = subject ? subject->quota : result.quota;
        if (subject && subject->decision) {
            row.grade = subject->decision->grade;
            row.overridden = subject->decision->isOverride;
            row.reason = subject->decision->reason;
            row.approver = subject->decision->approver;
        }
        groupsShown.insert(row.taskGroup);
        data.rows.append(row);
    }
    data.subjectsArePeople = anyPerson || data.rows.isEmpty();
    QList<Decimal> indexes;
    for (const ResultReportRow& row : data.rows) {
        indexes.append(row.index);
    }
    const QList<int> ranks = ResultClassifier::ranks(indexes);
    for (int i = 0; i < data.rows.size(); ++i) {
        data.rows[i].rank = ranks.at(i);
    }
    std::stable_sort(data.rows.begin(), data.rows.end(),
                     [](const ResultReportRow& a, const ResultReportRow& b) { return a.rank < b.rank; });

    for (const ClassifiedGroup& group : classified->groups) {
        if (!groupsShown.contains(group.taskGroup)) {
            continue;
        }
        ResultReportQuotaGroup figures;
        figures.taskGroup = group.taskGroup;
        figures.proposed = group.proposed;
        figures.allowed = group.quotaAllowed;
        for (const ClassifiedSubject& subject : group.subjects) {
            const QString grade = subject.decision ? subject.decision->grade : subject.grade;
            figures.kept += data.quota && grade == data.quota->grade ? 1 : 0;
            figures.demoted
                += subject.quota == QuotaStatus::Demoted && data.quota && grade != data.quota->grade ? 1 : 0;
            figures.tied += subject.quota == QuotaStatus::Tie ? 1 : 0;
        }
        data.quotaGroups.append(figures);
    }
    if (data.quota && data.quota->per.contains(QStringLiteral("unit"))) {
        for (const ClassifiedScope& counted : classified->scopes) {
            if (!scope.isEmpty() && !scope.contains(counted.unitCode)) {
                continue;
            }
            const QuotaRule::Scope& s = counted.scope;
            ResultReportQuotaScope figures;
            figures.unitName = counted.unitName.isEmpty() ? counted.unitCode : counted.unitName;
            figures.taskGroup = counted.taskGroup;
            figures.counted = s.counted;
            figures.allowed = s.allowed;
            figures.proposed = s.proposed;
            figures.kept = s.kept;
            figures.demoted = s.demoted;
            figures.tied = s.tied;
            figures.percent = s.ratio.times(Decimal::fromInt(100), 2);
            if (s.ceiling) {
                figures.decisionNumber = s.ceiling->decisionNumber;
                figures.decisionDate = s.ceiling->decisionDate;
            }
            data.quotaScopes.append(figures);
        }
    }
    return data;
}

} // namespace danhgia
