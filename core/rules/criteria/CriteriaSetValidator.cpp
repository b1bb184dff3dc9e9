#include "criteria/CriteriaSetValidator.h"

#include <QHash>
#include <QSet>

namespace danhgia {

ValidationIssues CriteriaSetValidator::validate(const CriteriaSet& set)
{
    CriteriaSetValidator validator(set);
    validator.checkCodes();
    for (const auto& node : set.nodes()) {
        validator.checkNode(node);
    }
    validator.checkGrades();
    validator.checkFlagsAndQuota();
    return validator.m_issues;
}

void CriteriaSetValidator::error(const Criterion* node, const QString& suffix, const QString& message)
{
    QString path = node ? node->jsonPath : QString();
    if (!suffix.isEmpty()) {
        path = path.isEmpty() ? suffix : path + QLatin1Char('.') + suffix;
    }
    m_issues.append({ValidationIssue::Severity::Error, path, node ? node->code : QString(), message});
}

void CriteriaSetValidator::warning(const Criterion* node, const QString& suffix, const QString& message)
{
    error(node, suffix, message);
    m_issues.last().severity = ValidationIssue::Severity::Warning;
}

void CriteriaSetValidator::checkCodes()
{
    QHash<QString, const Criterion*> seen;
    for (const auto& node : m_set.nodes()) {
        if (node.code.isEmpty()) {
            continue;
        }
        const auto it = seen.constFind(node.code);
        if (it != seen.constEnd()) {
            error(&node, QStringLiteral("code"),
                  tr("the code %1 is used twice (also at %2); codes must be unique in a set")
                      .arg(node.code, (*it)->jsonPath));
        } else {
            seen.insert(node.code, &node);
        }
    }
}

void CriteriaSetValidator::checkNode(const Criterion& node)
{
    if (node.max.isNegative()) {
        error(&node, QStringLiteral("max"),
              tr("the maximum must not be negative (%1)").arg(node.max.toDisplayString()));
    }
    if (node.isGroup) {
        if (node.floor > node.max) {
            error(&node, QStringLiteral("floor"),
                  tr("the floor (%1) is above the maximum (%2)")
                      .arg(node.floor.toDisplayString(), node.max.toDisplayString()));
        }
        checkGroupReach(node);
        return;
    }
    if (!node.max.hasAtMostPlaces(m_set.decimals)) {
        warning(&node, QStringLiteral("max"),
                tr("the maximum %1 has more decimals than the set's %2")
                    .arg(node.max.toDisplayString())
                    .arg(m_set.decimals));
    }
    checkMethod(node);
}

void CriteriaSetValidator::checkGroupReach(const Criterion& node)
{
    Decimal childrenMax;
    for (const int child : node.children) {
        const Criterion& c = m_set.node(child);
        childrenMax += c.isGroup ? c.max : c.leafMax();
    }
    if (!node.children.isEmpty() && childrenMax < node.max) {
        warning(&node, QStringLiteral("max"),
                tr("the maximum %1 cannot be reached: the criteria under it give at most %2")
                    .arg(node.max.toDisplayString(), childrenMax.toDisplayString()));
    }
}

void CriteriaSetValidator::checkMethod(const Criterion& node)
{
    const LeafMethod& method = node.method;
    switch (method.type) {
        case MethodType::Points:
            if (method.step <= Decimal()) {
                error(&node, QStringLiteral("method.step"), tr("the step must be greater than 0"));
            } else if (!node.max.isMultipleOf(method.step)) {
                warning(&node, QStringLiteral("method.step"),
                        tr("the maximum %1 is not a multiple of the step %2, so it cannot be given")
                            .arg(node.max.toDisplayString(), method.step.toDisplayString()));
            }
            break;
        case MethodType::Levels: {
            if (method.levels.isEmpty()) {
                error(&node, QStringLiteral("method.levels"),
                      tr("a levels criterion needs at least one level"));
                break;
            }
            Decimal best = method.levels.first().points;
            for (int i = 0; i < method.levels.size(); ++i) {
                const Decimal points = method.levels[i].points;
                const QString path = QStringLiteral("method.levels[%1].points").arg(i);
                if (points > node.max) {
                    error(&node, path,
                          tr("level %1 gives %2 points, above the maximum %3")
                              .arg(i)
                              .arg(points.toDisplayString(), node.max.toDisplayString()));
                } else if (points.isNegative()) {
                    error(&node, path,
                          tr("level %1 gives negative points (%2)").arg(i).arg(points.toDisplayString()));
                }
                best = Decimal::max(best, points);
            }
            if (best < node.max) {
                warning(&node, QStringLiteral("method.levels"),
                        tr("the maximum %1 cannot be reached: the best level gives %2")
                            .arg(node.max.toDisplayString(), best.toDisplayString()));
            }
            break;
        }
        case MethodType::Ratio: {
            if (method.bands.isEmpty()) {
                error(&node, QStringLiteral("method.bands"), tr("a ratio criterion needs at least one band"));
                break;
            }
            Decimal best = method.bands.first().points;
            for (int i = 0; i < method.bands.size(); ++i) {
                const RatioBand& band = method.bands[i];
                const QString path = QStringLiteral("method.bands[%1]").arg(i);
                if (i > 0 && !(band.from < method.bands[i - 1].from)) {
                    error(&node, path + QStringLiteral(".from"),
                          tr("bands must be sorted by \"from\" from highest to lowest: %1 comes after %2")
                              .arg(band.from.toDisplayString(), method.bands[i - 1].from.toDisplayString()));
                }
                if (band.from.isNegative()) {
                    error(&node, path + QStringLiteral(".from"),
                          tr("a ratio band must start at 0 or more (%1)").arg(band.from.toDisplayString()));
                } else if (band.from > Decimal::fromInt(1)) {
                    warning(&node, path + QStringLiteral(".from"),
                            tr("no ratio reaches %1: the ratio done/total is at most 1")
                                .arg(band.from.toDisplayString()));
                }
                if (band.points > node.max) {
                    error(&node, path + QStringLiteral(".points"),
                          tr("band %1 gives %2 points, above the maximum %3")
                              .arg(i)
                              .arg(band.points.toDisplayString(), node.max.toDisplayString()));
                } else if (band.points.isNegative()) {
                    error(&node, path + QStringLiteral(".points"),
                          tr("band %1 gives negative points (%2)").arg(i).arg(band.points.toDisplayString()));
                }
                best = Decimal::max(best, band.points);
            }
            if (best < node.max) {
                warning(&node, QStringLiteral("method.bands"),
                        tr("the maximum %1 cannot be reached: the best band gives %2")
                            .arg(node.max.toDisplayString(), best.toDisplayString()));
            }
            break;
        }
        case MethodType::Deduct:
            if (method.perItem <= Decimal()) {
                error(&node, QStringLiteral("method.per_item"),
                      tr("the deduction per item must be greater than 0"));
            }
            if (method.limit.isNegative()) {
                error(&node, QStringLiteral("method.limit"), tr("the deduction limit must not be negative"));
            }
            if (!node.max.isZero()) {
                warning(&node, QStringLiteral("max"),
                        tr("a deduction criterion only takes points away; its maximum %1 counts as 0")
                            .arg(node.max.toDisplayString()));
            }
            break;
        case MethodType::Tasks:
            if (method.deduction.isNegative() || method.deduction > Decimal::fromInt(1)) {
                error(&node, QStringLiteral("method.deduction"),
                      tr("the deduction per failure or delay must be between 0 and 1 (%1)")
                          .arg(method.deduction.toDisplayString()));
            }
            break;
        case MethodType::YesNo:
        case MethodType::Linear:
        case MethodType::Relative:
            break;
    }
}

void CriteriaSetValidator::checkGrades()
{
    QSet<QString> codes;
    for (int i = 0; i < m_set.grades.size(); ++i) {
        const Grade& grade = m_set.grades[i];
        const QString path = QStringLiteral("grades[%1]").arg(i);
        if (codes.contains(grade.code)) {
            error(nullptr, path + QStringLiteral(".code"),
                  tr("the grade code %1 is used twice").arg(grade.code));
        }
        codes.insert(grade.code);
        if (i > 0 && !(grade.min < m_set.grades[i - 1].min)) {
            error(nullptr, path + QStringLiteral(".min"),
                  tr("grades must be listed from the highest \"min\" to the lowest: %1 (%2) comes after %3 "
                     "(%4)")
                      .arg(grade.code, grade.min.toDisplayString(), m_set.grades[i - 1].code,
                           m_set.grades[i - 1].min.toDisplayString()));
        }
    }
}

void CriteriaSetValidator::checkWaivedFlags(const GradeFlag& flag, const QString& path)
{
    for (int i = 0; i < flag.waives.size(); ++i) {
        const QString& code = flag.waives[i];
        const GradeFlag* waived = m_set.flag(code);
        const QString at = QStringLiteral("%1.waives[%2]").arg(path).arg(i);
        if (!waived) {
            error(nullptr, at,
                  tr("the flag %1 waives the flag %2, which the set does not define").arg(flag.code, code));
        } else if (waived->effect == GradeFlag::Effect::Waive) {
            error(nullptr, at,
                  tr("the flag %1 waives the flag %2, which itself only waives flags").arg(flag.code, code));
        }
    }
}

void CriteriaSetValidator::checkFlagsAndQuota()
{
    QSet<QString> flagCodes;
    for (int i = 0; i < m_set.flags.size(); ++i) {
        const GradeFlag& flag = m_set.flags[i];
        const QString path = QStringLiteral("flags[%1]").arg(i);
        if (flagCodes.contains(flag.code)) {
            error(nullptr, path + QStringLiteral(".code"),
                  tr("the flag code %1 is used twice").arg(flag.code));
        }
        flagCodes.insert(flag.code);
        if (flag.effect == GradeFlag::Effect::Waive) {
            checkWaivedFlags(flag, path);
            continue;
        }
        if (flag.effect != GradeFlag::Effect::Unclassified && m_set.gradeIndex(flag.grade) < 0) {
            error(nullptr, path,
                  tr("the flag %1 names the grade %2, which the set does not define")
                      .arg(flag.code, flag.grade));
        }
    }
    if (!m_set.quota) {
        return;
    }
    const QuotaRule& quota = *m_set.quota;
    const int gradeIndex = m_set.gradeIndex(quota.grade);
    if (gradeIndex < 0) {
        error(nullptr, QStringLiteral("quota.grade"),
              tr("the quota names the grade %1, which the set does not define").arg(quota.grade));
    } else if (gradeIndex == m_set.grades.size() - 1) {
        error(nullptr, QStringLiteral("quota.grade"),
              tr("the quota grade %1 is the lowest grade; nobody could be moved below it").arg(quota.grade));
    }
    if (quota.ratio.isNegative()) {
        error(nullptr, QStringLiteral("quota.ratio"), tr("the quota ratio must not be negative"));
    }
    for (int i = 0; i < quota.of.size(); ++i) {
        if (m_set.gradeIndex(quota.of[i]) < 0) {
            error(nullptr, QStringLiteral("quota.of[%1]").arg(i),
                  tr("the quota counts the grade %1, which the set does not define").arg(quota.of[i]));
        }
    }
}

} // namespace danhgia
