#include "queries/UnitClassification.h"

#include "queries/SheetQueue.h"
#include "stores/ClassificationStore.h"

#include <QCollator>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace danhgia {

std::optional<UnitClassification::Result> UnitClassification::load(QSqlDatabase& db,
                                                                   const QString& campaignCode,
                                                                   const QString& unitCode, QString* error)
{
    auto classification = ClassificationStore::classify(db, campaignCode, error);
    if (!classification) {
        return std::nullopt;
    }
    SheetQueueFilter filter;
    filter.campaignCode = campaignCode;
    const auto sheets = SheetQueue::list(db, filter, QDate::currentDate(), error);
    const auto decided = sheets ? decisions(db, campaignCode, error) : std::nullopt;
    if (!decided) {
        return std::nullopt;
    }
    Result result{std::move(classification->set), {}, {}, {}, std::move(classification->ceilings)};
    QHash<QString, const SheetQueueItem*> sheetOf;
    QHash<QString, QString> unitNames;
    for (const SheetQueueItem& sheet : *sheets) {
        sheetOf.insert(sheet.subjectCode, &sheet);
        if (!sheet.unitCode.isEmpty()) {
            unitNames.insert(sheet.unitCode, sheet.unitName);
        }
    }
    for (auto it = unitNames.constBegin(); it != unitNames.constEnd(); ++it) {
        result.units.append({it.key(), it.value()});
    }
    QCollator collator{QLocale(QLocale::Vietnamese)};
    std::sort(result.units.begin(), result.units.end(), [&collator](const Choice& a, const Choice& b) {
        return collator.compare(a.title, b.title) < 0;
    });

    for (const ClassificationStore::Group& group : classification->groups) {
        ClassifiedGroup classified;
        classified.taskGroup = group.taskGroup;
        classified.quotaAllowed = group.result.quotaAllowed;
        for (const SubjectResult& r : group.result.results) {
            if (r.quota != QuotaStatus::NotProposed) {
                ++classified.proposed;
            }
            const SheetQueueItem* sheet = sheetOf.value(r.subjectId);
            const QString unit = r.unit;
            if (!unitCode.isEmpty() && unit != unitCode) {
                continue;
            }
            ClassifiedSubject subject;
            subject.subjectCode = r.subjectId;
            subject.subjectName = r.subjectName;
            subject.unitCode = unit;
            subject.unitName = unitNames.value(unit, sheet ? sheet->unitName : QString());
            subject.total = r.total;
            subject.max = r.max;
            subject.index = r.index;
            subject.complete = r.complete;
            subject.flags = r.flags;
            subject.rank = r.rank;
            subject.grade = r.grade;
            subject.quota = r.quota;
            const auto decision = decided->constFind(r.subjectId);
            if (decision != decided->constEnd()) {
                subject.decision = *decision;
            }
            classified.subjects.append(std::move(subject));
        }
        if (!classified.subjects.isEmpty()) {
            result.groups.append(std::move(classified));
        }
    }
    const QStringList per = result.set.quota ? result.set.quota->per : QStringList();
    const auto unitField = per.indexOf(QStringLiteral("unit"));
    const auto groupField = per.indexOf(QStringLiteral("group"));
    for (const QuotaRule::Scope& scope : classification->result.quotaScopes) {
        ClassifiedScope classified;
        classified.unitCode = unitField >= 0 ? scope.values.value(unitField) : QString();
        classified.unitName = unitNames.value(classified.unitCode);
        classified.taskGroup = groupField >= 0 ? scope.values.value(groupField) : QString();
        classified.scope = scope;
        const bool shown = unitCode.isEmpty()
            || (unitField >= 0 ? classified.unitCode == unitCode
                               : std::any_of(result.groups.begin(), result.groups.end(),
                                             [&classified](const ClassifiedGroup& group) {
                                                 return group.taskGroup == classified.taskGroup;
                                             }));
        if (shown) {
            result.scopes.append(std::move(classified));
        }
    }
    return result;
}

std::optional<QList<UnitClassification::Choice>> UnitClassification::campaigns(QSqlDatabase& db,
                                                                               QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT c.code, c.title FROM campaigns c WHERE EXISTS (SELECT 1 FROM "
                                   "score_sheets s WHERE s.campaign_id = c.id) ORDER BY c.code"))) {
        *error = tr("cannot read the campaigns: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<Choice> choices;
    while (query.next()) {
        choices.append({query.value(0).toString(), query.value(1).toString()});
    }
    return choices;
}

std::optional<QHash<QString, GradeDecision>>
UnitClassification::decisions(QSqlDatabase& db, const QString& campaignCode, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT d.subject_code, d.grade, d.computed_grade, d.is_override, d.reason, d.approver, d.updated_at "
        "FROM grade_decisions d JOIN campaigns c ON c.id = d.campaign_id WHERE c.code = ?"));
    query.addBindValue(campaignCode);
    if (!query.exec()) {
        *error = tr("cannot read the grade decisions: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QHash<QString, GradeDecision> decided;
    while (query.next()) {
        decided.insert(query.value(0).toString(),
                       {query.value(1).toString(), query.value(2).toString(), query.value(3).toInt() != 0,
                        query.value(4).toString(), query.value(5).toString(),
                        QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs)});
    }
    return decided;
}

} // namespace danhgia
