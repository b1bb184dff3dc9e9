#include "scoring/SurveyDefinitionValidator.h"

#include <QSet>

namespace danhgia {

bool SurveyDefinitionValidator::canFeed(const Criterion& criterion)
{
    return !criterion.isGroup
        && (criterion.method.type == MethodType::Points || criterion.method.type == MethodType::Linear);
}

QString SurveyDefinitionValidator::shapeChange(const SurveyQuestionnaire& before,
                                               const SurveyQuestionnaire& after, int recorded)
{
    if (recorded <= 0) {
        return QString();
    }
    const QString why
        = tr("%n questionnaire(s) are recorded with this survey's questions", nullptr, recorded);
    if (before.questions.size() != after.questions.size()) {
        return tr("%1: the number of questions can no longer change (it is %2); reword the questions "
                  "or change the coefficients only")
            .arg(why)
            .arg(before.questions.size());
    }
    for (int q = 0; q < before.questions.size(); ++q) {
        if (before.questions.at(q).options.size() != after.questions.at(q).options.size()) {
            return tr("%1: %2 must keep its %3 answer options; reword them or change their coefficients only")
                .arg(why, before.questionName(q))
                .arg(before.questions.at(q).options.size());
        }
    }
    return QString();
}

QStringList SurveyDefinitionValidator::problems(const SurveyDefinition& definition, const CriteriaSet& set)
{
    QStringList problems;
    if (definition.title.trimmed().isEmpty()) {
        problems.append(tr("the survey needs a title"));
    }
    const SurveyQuestionnaire& questionnaire = definition.questionnaire;
    for (int q = 0; q < questionnaire.questions.size(); ++q) {
        if (questionnaire.questions.at(q).text.trimmed().isEmpty()) {
            problems.append(tr("%1 has no text").arg(questionnaire.questionName(q)));
        }
    }
    problems.append(questionnaire.validate());

    if (definition.criterionCodes.isEmpty()) {
        problems.append(tr("the survey feeds no criterion: choose at least one criterion of the criteria set "
                           "“%1”")
                            .arg(set.title.isEmpty() ? set.id : set.title));
    }
    QSet<QString> seen;
    for (const QString& code : definition.criterionCodes) {
        if (seen.contains(code)) {
            problems.append(tr("criterion %1 is chosen more than once").arg(code));
            continue;
        }
        seen.insert(code);
        const int index = set.indexOf(code);
        if (index < 0) {
            problems.append(tr("the criteria set %1 of the campaign has no criterion %2").arg(set.id, code));
            continue;
        }
        const Criterion& criterion = set.node(index);
        if (criterion.isGroup) {
            problems.append(tr("criterion %1 is a group; a survey feeds a leaf criterion").arg(code));
        } else if (!canFeed(criterion)) {
            problems.append(tr("criterion %1 is scored by the %2 method; a survey feeds only a criterion "
                               "scored by points or linear")
                                .arg(code, LeafMethod::typeName(criterion.method.type)));
        }
    }

    if (definition.plan.defaultPlanned < 0) {
        problems.append(tr("the planned sample per unit cannot be negative (it is %1)")
                            .arg(definition.plan.defaultPlanned));
    }
    for (auto it = definition.plan.units.cbegin(); it != definition.plan.units.cend(); ++it) {
        if (it->planned < 0) {
            problems.append(tr("the planned sample of unit %1 cannot be negative (it is %2)")
                                .arg(it.key())
                                .arg(it->planned));
        }
        if (it->population < 0) {
            problems.append(tr("the population of unit %1 cannot be negative (it is %2)")
                                .arg(it.key())
                                .arg(it->population));
        }
    }
    return problems;
}

} // namespace danhgia
