#include "documents/AppraisalMinutes.h"

#include "documentdata/DocumentWording.h"
#include "documents/AppraisalComparison.h"
#include "documents/AppraisalTables.h"
#include "documents/DocumentComposer.h"
#include "documents/VietnameseDate.h"

namespace danhgia {

namespace {

QString text(const char* key)
{
    return DocumentWording::text(key);
}

QString numberText(Decimal value, int decimals)
{
    return AppraisalTables::number(value, decimals).displayText();
}

// "- Name, role;" for each member, the last one ending with a full stop.
QStringList memberLines(const QList<AppraisalCouncilMember>& members)
{
    QStringList lines;
    for (int i = 0; i < members.size(); ++i) {
        const AppraisalCouncilMember& member = members.at(i);
        const QString line = member.role.trimmed().isEmpty()
            ? text("appraisal.member_line_no_role").arg(member.name.trimmed())
            : text("appraisal.member_line").arg(member.name.trimmed(), member.role.trimmed());
        lines.append(line + (i + 1 == members.size() ? QStringLiteral(".") : QStringLiteral(";")));
    }
    return lines;
}

// A signer as the attendees list names them: with their role on the council when it is listed.
QString signerLine(const DocumentSigner& signer, const QList<AppraisalCouncilMember>& members)
{
    const QString name = signer.name.trimmed();
    if (name.isEmpty()) {
        return text("appraisal.blank_name");
    }
    for (const AppraisalCouncilMember& member : members) {
        if (member.name.trimmed() == name && !member.role.trimmed().isEmpty()) {
            return name + QStringLiteral(", ") + member.role.trimmed() + QStringLiteral(".");
        }
    }
    return name + QStringLiteral(".");
}

QString gradeText(const AppraisalComparison& comparison, const QString& grade)
{
    return grade.isEmpty() ? text("appraisal.no_grade") : comparison.gradeTitle(grade);
}

QString totalLine(const char* key, const AppraisalComparison& comparison, const SubjectResult& result)
{
    const int decimals = comparison.set().decimals;
    return text(key).arg(numberText(result.total, decimals), numberText(result.max, decimals),
                         numberText(result.index, decimals), gradeText(comparison, result.grade));
}

// "05/BB-HĐTĐ", or room for the clerk to write the number.
QString numberAndSymbol(const DocumentSettings& settings)
{
    const QString number = settings.number > 0
        ? QStringLiteral("%1").arg(settings.number, 2, 10, QLatin1Char('0'))
        : QStringLiteral("\u2002\u2002\u2002\u2002\u2002");
    return number + QLatin1Char('/') + settings.symbol;
}

} // namespace

DocumentSettings AppraisalMinutes::defaultSettings(const QDate& date)
{
    DocumentSettings settings = DocumentSettings::defaults(date);
    settings.issuingAgency = text("appraisal.issuing_agency");
    settings.symbol = text("appraisal.symbol");
    settings.basis = text("appraisal.default_basis");
    return settings;
}

void AppraisalMinutes::addBasis(DocumentComposer& composer, const QString& basis)
{
    const QString lead = text("appraisal.basis_lead");
    for (QString line : basis.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        while (line.endsWith(QLatin1Char(';')) || line.endsWith(QLatin1Char('.'))) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            continue;
        }
        // A line written "Căn cứ ..." already keeps its own lead.
        if (line.startsWith(lead, Qt::CaseInsensitive)) {
            line = line.mid(lead.size()).trimmed();
        }
        composer.addParagraph(text("appraisal.basis_line").arg(line));
    }
}

void AppraisalMinutes::addAttendees(DocumentComposer& composer, const AppraisalMinutesInput& input)
{
    composer.addLabelledParagraph(text("appraisal.attendees"), QString());
    QList<AppraisalCouncilMember> present;
    QList<AppraisalCouncilMember> absent;
    for (const AppraisalCouncilMember& member : input.members) {
        (member.present ? present : absent).append(member);
    }
    const int total = int(input.members.size());
    if (total == 0) {
        composer.addParagraph(text("appraisal.members_unknown"));
        return;
    }
    composer.addParagraph(text("appraisal.present").arg(present.size()).arg(total));
    for (const QString& line : memberLines(present)) {
        composer.addParagraph(line);
    }
    if (absent.isEmpty()) {
        composer.addParagraph(text("appraisal.none_absent"));
    } else {
        composer.addParagraph(text("appraisal.absent").arg(absent.size()));
        for (const QString& line : memberLines(absent)) {
            composer.addParagraph(line);
        }
    }
    const char* quorum
        = hasQuorum(int(present.size()), total) ? "appraisal.quorum_met" : "appraisal.quorum_not_met";
    composer.addParagraph(text(quorum).arg(present.size()).arg(total));
}

void AppraisalMinutes::addContent(DocumentComposer& composer, const AppraisalComparison& comparison)
{
    const AppraisalMinutesInput& input = comparison.input();
    const int decimals = comparison.set().decimals;
    const SubjectResult& self = comparison.self();
    const SubjectResult& appraised = comparison.appraised();
    composer.addLabelledParagraph(text("appraisal.content"), QString());
    composer.addParagraph(text("appraisal.totals"));
    composer.addParagraph(totalLine("appraisal.total_self", comparison, self));
    composer.addParagraph(totalLine("appraisal.total_appraised", comparison, appraised));
    composer.addParagraph(
        text("appraisal.total_difference").arg(numberText(appraised.total - self.total, decimals)));
    if (!self.missing.isEmpty()) {
        composer.addParagraph(text("appraisal.missing_self").arg(self.missing.join(QStringLiteral(", "))));
    }
    if (!appraised.missing.isEmpty()) {
        composer.addParagraph(
            text("appraisal.missing_appraised").arg(appraised.missing.join(QStringLiteral(", "))));
    }
    composer.addParagraph(text("appraisal.by_field"));
    composer.addTable(AppraisalTables::byField(comparison));
    const QList<int>& changed = comparison.changedLeaves();
    if (changed.isEmpty()) {
        composer.addParagraph(text("appraisal.no_changes"));
    } else {
        composer.addParagraph(text("appraisal.changes").arg(changed.size()));
        composer.addTable(AppraisalTables::changes(comparison));
    }
    if (AppraisalTables::hasNotApplicable(comparison)) {
        composer.addParagraph(text("appraisal.not_applicable_note"));
    }
    // The conclusion's first paragraph follows its label, so that the label never ends a page alone.
    QStringList conclusion = input.conclusion.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (conclusion.isEmpty()) {
        conclusion.append(text("appraisal.default_conclusion")
                              .arg(input.unitName(), numberText(appraised.total, decimals),
                                   numberText(appraised.max, decimals),
                                   numberText(appraised.index, decimals)));
    }
    composer.addLabelledParagraph(text("appraisal.conclusion"), conclusion.takeFirst().trimmed());
    for (const QString& paragraph : conclusion) {
        composer.addParagraph(paragraph.trimmed());
    }
}

void AppraisalMinutes::addAnnex(DocumentComposer& composer, const AppraisalComparison& comparison)
{
    const DocumentSettings& settings = composer.settings();
    const QDate meetingDate = settings.meetingStart.isValid() ? settings.meetingStart.date() : settings.date;
    composer.addPageBreak();
    composer.addAnnexTitle(text("appraisal.annex"),
                           text("appraisal.annex_subject").arg(comparison.input().unitName()),
                           text("appraisal.annex_attached")
                               .arg(numberAndSymbol(settings), VietnameseDate::dayMonthYear(meetingDate)));
    composer.addTable(AppraisalTables::details(comparison));
    if (AppraisalTables::hasNotApplicable(comparison)) {
        composer.addParagraph(text("appraisal.not_applicable_note"));
    }
}

PrintableDocument AppraisalMinutes::compose(const AppraisalMinutesInput& input,
                                            const DocumentSettings& settings)
{
    const AppraisalComparison comparison(input);
    const QString unit = input.unitName();
    DocumentComposer composer(settings);
    composer.addHeader(false);
    composer.addTitle(text("appraisal.kind"), text("appraisal.subject").arg(input.set.title, unit));
    addBasis(composer, settings.basis);
    const QString start = settings.meetingStart.isValid()
        ? VietnameseDate::timeAndDate(settings.meetingStart) + QStringLiteral(".")
        : VietnameseDate::timeAndDate(settings.meetingStart);
    composer.addLabelledParagraph(text("appraisal.time"), start);
    composer.addLabelledParagraph(text("appraisal.place"),
                                  settings.meetingPlace.trimmed().isEmpty()
                                      ? text("appraisal.blank_name")
                                      : settings.meetingPlace.trimmed() + QStringLiteral("."));
    addAttendees(composer, input);
    composer.addLabelledParagraph(text("appraisal.chair"), signerLine(settings.chair, input.members));
    composer.addLabelledParagraph(text("appraisal.secretary"), signerLine(settings.secretary, input.members));
    addContent(composer, comparison);
    composer.addParagraph(text("appraisal.closing").arg(VietnameseDate::timeAndDate(settings.meetingEnd)));
    composer.addSignatures(settings.secretary, settings.chair);
    addAnnex(composer, comparison);
    const QString subjectCode = input.appraised.subject.id.toLower();
    return composer.finish(text("appraisal.document_title").arg(unit),
                           text("appraisal.file_name").arg(subjectCode));
}

} // namespace danhgia
