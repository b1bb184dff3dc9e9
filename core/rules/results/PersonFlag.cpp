#include "results/PersonFlag.h"

namespace danhgia {

QStringList PersonFlag::problems(const CriteriaSet& set) const
{
    QStringList found;
    const QString who = personCode.trimmed();
    if (who.isEmpty()) {
        found.append(tr("The flag names no person; give the person's code."));
    }
    const QString code = flagCode.trimmed();
    if (code.isEmpty()) {
        found.append(tr("No flag is chosen for %1.").arg(who));
    } else if (!set.flag(code)) {
        QStringList known;
        for (const GradeFlag& flag : set.flags) {
            known.append(flag.code);
        }
        found.append(
            tr("The criteria set %1 has no flag \"%2\"; its flags are: %3.")
                .arg(set.id, code, known.isEmpty() ? tr("(none)") : known.join(QLatin1String(", "))));
    }
    if (reason.trimmed().isEmpty()) {
        found.append(
            tr("The flag %1 of %2 needs a reason (what happened, on which grounds).").arg(code, who));
    }
    if (documentDate.isValid() && documentNumber.trimmed().isEmpty()) {
        found.append(tr("The flag %1 of %2 has a document date but no document number.").arg(code, who));
    }
    return found;
}

QString PersonFlag::removalProblem(const QString& personCode, const QString& flagCode, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return tr("Removing the flag %1 of %2 needs a reason.").arg(flagCode, personCode);
    }
    return {};
}

QString PersonFlag::effectText(const GradeFlag& flag)
{
    switch (flag.effect) {
        case GradeFlag::Effect::Force:
            return tr("forces the grade %1").arg(flag.grade);
        case GradeFlag::Effect::Cap:
            return tr("at most %1").arg(flag.grade);
        case GradeFlag::Effect::Unclassified:
            return tr("not classified");
        case GradeFlag::Effect::Waive:
            return tr("cancels %1").arg(flag.waives.join(QLatin1String(", ")));
    }
    return {};
}

QString PersonFlag::describe(const GradeFlag& flag)
{
    const QString title = flag.title.isEmpty() ? flag.code : flag.title;
    return QStringLiteral("%1 (%2)").arg(title, effectText(flag));
}

QStringList PersonFlag::withFlag(const CriteriaSet& set, const QStringList& flags, const QString& added)
{
    QStringList result;
    for (const GradeFlag& flag : set.flags) {
        if (flag.code == added || flags.contains(flag.code)) {
            result.append(flag.code);
        }
    }
    // Codes the set does not define (a sheet read before the set changed) stay as they were.
    for (const QString& code : flags) {
        if (!result.contains(code)) {
            result.append(code);
        }
    }
    if (!result.contains(added)) {
        result.append(added);
    }
    return result;
}

QStringList PersonFlag::withoutFlag(const QStringList& flags, const QString& removed)
{
    QStringList result = flags;
    result.removeAll(removed);
    return result;
}

} // namespace danhgia
