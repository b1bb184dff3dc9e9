#include "CouncilQuestions.h"

#include "DialogService.h"
#include "LeafValueText.h"
#include "councils/CouncilPresets.h"
#include "councils/CouncilRoles.h"

#include <QRegularExpression>
#include <QWidget>

namespace danhgia::ui {

namespace {

// The code after the last one ("UV08" → "UV09"), keeping its prefix and width.
QString nextCode(const QStringList& taken, const QString& prefix)
{
    static const QRegularExpression Numbered(QStringLiteral("^(.*?)(\\d+)$"));
    QString base = prefix;
    int width = 2;
    int next = 1;
    if (!taken.isEmpty()) {
        const QRegularExpressionMatch match = Numbered.match(taken.last());
        if (match.hasMatch()) {
            base = match.captured(1);
            width = static_cast<int>(match.captured(2).size());
            next = match.captured(2).toInt() + 1;
        }
    }
    QString code;
    do {
        code = base + QStringLiteral("%1").arg(next++, width, 10, QLatin1Char('0'));
    } while (taken.contains(code));
    return code;
}

} // namespace

std::optional<CouncilSession> CouncilQuestions::newSession(QWidget* parent)
{
    const QLocale vi = parent ? parent->locale() : QLocale();
    const QString title = tr("New council");
    const auto name = DialogService::askText(parent, title, tr("Title of the council session:"));
    if (!name) {
        return std::nullopt;
    }
    const QList<CouncilPreset> presets = CouncilPresets::all();
    QStringList choices;
    for (const CouncilPreset& preset : presets) {
        choices.append(preset.title);
    }
    const auto rules = DialogService::choose(
        parent, title, tr("Who holds a dialogue when the members' scores are far apart:"), choices, 0);
    if (!rules || *rules < 0 || *rules >= presets.size()) {
        return std::nullopt;
    }
    // Asked until it is a pass mark or blank: a wrong one is asked again with what was typed and
    // what is wrong, so that the title and the rule chosen are not lost.
    const QString passMark = CouncilPresets::passMark().toLocaleString(vi);
    const QString question = tr("Pass mark out of %1 (Decree 170/2025: %2; leave it blank for none):")
                                 .arg(CouncilPresets::maximum().toLocaleString(vi), passMark);
    QString typed = passMark;
    QString problem;
    std::optional<Decimal> mark;
    for (;;) {
        const QString label
            = problem.isEmpty() ? question : QString(problem + QLatin1String("\n\n") + question);
        const auto pass = DialogService::askText(parent, title, label, typed, false);
        if (!pass) {
            return std::nullopt;
        }
        typed = *pass;
        if (typed.trimmed().isEmpty()) {
            mark.reset();
            break;
        }
        mark = LeafValueText::parse(typed);
        if (!mark) {
            problem = tr("“%1” is not a pass mark: write a number like %2.").arg(typed.trimmed(), passMark);
            continue;
        }
        problem = CouncilPresets::passMarkRefusal(*mark);
        if (problem.isEmpty()) {
            break;
        }
        problem = tr("“%1” cannot be the pass mark: %2.").arg(typed.trimmed(), problem);
    }
    return CouncilPresets::newSession(name->trimmed(), presets.at(*rules), mark);
}

std::optional<CouncilMember> CouncilQuestions::member(QWidget* parent, const CouncilSession& council)
{
    const QString title = tr("Add member");
    const auto name = DialogService::askText(parent, title, tr("Full name of the member:"));
    if (!name) {
        return std::nullopt;
    }
    const QStringList codes = CouncilRoles::all();
    QStringList titles;
    for (const QString& code : codes) {
        titles.append(CouncilRoles::title(code));
    }
    const auto role
        = DialogService::choose(parent, title, tr("Role of %1 in the council:").arg(name->trimmed()), titles,
                                static_cast<int>(codes.indexOf(CouncilPresets::memberRole())));
    if (!role || *role < 0 || *role >= codes.size()) {
        return std::nullopt;
    }
    QStringList taken;
    for (const CouncilMember& existing : council.members) {
        taken.append(existing.id);
    }
    return CouncilMember{nextCode(taken, QStringLiteral("TV")), name->trimmed(), codes.at(*role)};
}

std::optional<QPair<QString, QString>> CouncilQuestions::candidate(QWidget* parent,
                                                                   const CouncilSession& council)
{
    const QString title = tr("Add candidate");
    QStringList taken;
    for (const CouncilCandidate& existing : council.candidates) {
        taken.append(existing.id);
    }
    const auto code = DialogService::askText(parent, title, tr("Exam number of the candidate:"),
                                             nextCode(taken, QStringLiteral("TS")));
    if (!code) {
        return std::nullopt;
    }
    const auto name
        = DialogService::askText(parent, title, tr("Full name of candidate %1:").arg(code->trimmed()));
    if (!name) {
        return std::nullopt;
    }
    return qMakePair(code->trimmed(), name->trimmed());
}

} // namespace danhgia::ui
