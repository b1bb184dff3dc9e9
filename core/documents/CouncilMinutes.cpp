#include "documents/CouncilMinutes.h"

#include "documentdata/DocumentWording.h"
#include "documents/CouncilSummarySheet.h"
#include "documents/VietnameseDate.h"

namespace danhgia {

namespace {

// A number in running text, the Vietnamese way ("85,7"); `decimals` -1: as exact as it is.
QString number(Decimal value, int decimals = -1)
{
    return DocumentCell::fromNumber(value, decimals).displayText();
}

QString candidateLabel(const CouncilCandidate& candidate)
{
    return candidate.name.trimmed().isEmpty()
        ? candidate.id
        : DocumentWording::text("council.candidate_label").arg(candidate.name.trimmed(), candidate.id);
}

} // namespace

CouncilMinutes::CouncilMinutes(const CouncilSession& session, const DocumentSettings& settings)
    : m_session(session)
    , m_settings(settings)
    , m_people(m_session, m_settings)
{ }

DocumentSettings CouncilMinutes::defaultSettings(const QDate& date)
{
    DocumentSettings settings = DocumentSettings::defaults(date);
    settings.issuingAgency = DocumentWording::text("council.issuing_agency");
    settings.symbol = DocumentWording::text("council.symbol");
    return settings;
}

PrintableDocument CouncilMinutes::compose() const
{
    DocumentComposer composer(m_settings);
    composer.addHeader(false);
    composer.addTitle(DocumentWording::text("council.kind"), DocumentWording::text("council.subject"));
    if (!m_session.title.trimmed().isEmpty()) {
        composer.addCentered(m_session.title.trimmed(), true, false);
    }
    addOpening(composer);
    addAttendees(composer);
    addContent(composer);
    composer.addParagraph(DocumentWording::text("council.read_back"));
    composer.addParagraph(
        DocumentWording::text("council.closing").arg(VietnameseDate::timeAndDate(m_settings.meetingEnd)));
    composer.addSignatures(m_people.minutesSecretary(), m_people.minutesChair());

    CouncilSummarySheet(m_session, m_people).addTo(composer, attachedTo());
    return composer.finish(DocumentWording::text("council.document_title"),
                           DocumentWording::text("council.file_name"));
}

void CouncilMinutes::addOpening(DocumentComposer& composer) const
{
    composer.addLabelledParagraph(
        DocumentWording::text("council.time_lead"),
        DocumentWording::text("council.time").arg(VietnameseDate::timeAndDate(m_settings.meetingStart)));
    QString place = m_settings.meetingPlace.trimmed();
    if (place.isEmpty()) {
        place = DocumentWording::text("council.person_blank");
    } else if (!place.endsWith(QLatin1Char('.'))) {
        place += QLatin1Char('.');
    }
    composer.addLabelledParagraph(DocumentWording::text("council.place_lead"), place);
    QStringList basis;
    for (const QString& line : m_settings.basis.split(QLatin1Char('\n'))) {
        QString trimmed = line.trimmed();
        while (trimmed.endsWith(QLatin1Char(';')) || trimmed.endsWith(QLatin1Char('.'))) {
            trimmed.chop(1);
        }
        if (!trimmed.isEmpty()) {
            basis.append(trimmed);
        }
    }
    composer.addLabelledParagraph(DocumentWording::text("council.basis_lead"),
                                  DocumentWording::text("council.basis")
                                      .arg(basis.isEmpty() ? DocumentWording::text("council.basis_blank")
                                                           : basis.join(QStringLiteral("; "))));
}

void CouncilMinutes::addAttendees(DocumentComposer& composer) const
{
    const QList<CouncilPerson>& members = m_people.members();
    composer.addLabelledParagraph(DocumentWording::text("council.attendees_lead"),
                                  DocumentWording::text("council.attendees").arg(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const CouncilPerson& person = members.at(i);
        const bool last = i + 1 == members.size();
        composer.addParagraph(DocumentWording::text("council.attendee").arg(person.name, person.roleTitle)
                              + (last ? QStringLiteral(".") : QStringLiteral(";")));
    }
    composer.addLabelledParagraph(DocumentWording::text("council.chair_lead"), m_people.chairLine());
    composer.addLabelledParagraph(DocumentWording::text("council.secretary_lead"), m_people.secretaryLine());
}

QString CouncilMinutes::ruleRange(int index) const
{
    const DialogueRule& rule = m_session.dialogue.at(index);
    const bool over = rule.kind == DialogueRule::Kind::SpreadOver;
    QString range = DocumentWording::text(over ? "council.spread_over" : "council.spread_at_least")
                        .arg(number(rule.threshold));
    if (index + 1 < m_session.dialogue.size()) {
        const DialogueRule& next = m_session.dialogue.at(index + 1);
        const bool nextOver = next.kind == DialogueRule::Kind::SpreadOver;
        range += QLatin1Char(' ')
            + DocumentWording::text(nextOver ? "council.spread_up_to" : "council.spread_below")
                  .arg(number(next.threshold));
    } else if (!over) {
        range += QLatin1Char(' ') + DocumentWording::text("council.spread_and_above");
    }
    return range;
}

void CouncilMinutes::addContent(DocumentComposer& composer) const
{
    composer.addLabelledParagraph(DocumentWording::text("council.content_lead"), QString());
    const QString rounding = m_session.decimals > 0
        ? DocumentWording::text("council.rounding_places").arg(m_session.decimals)
        : DocumentWording::text("council.rounding_whole");
    QString candidates
        = DocumentWording::text("council.content_candidates")
              .arg(QString::number(m_session.candidates.size()), number(m_session.max), rounding);
    if (m_session.pass) {
        candidates
            += QLatin1Char(' ') + DocumentWording::text("council.pass_mark").arg(number(*m_session.pass));
    }
    composer.addParagraph(candidates);
    for (int i = 0; i < m_session.dialogue.size(); ++i) {
        composer.addParagraph(DocumentWording::text("council.rule")
                                  .arg(ruleRange(i), m_people.dialogueHolder(m_session.dialogue.at(i).by)));
    }
    addDialogues(composer);
    composer.addParagraph(DocumentWording::text("council.results"));
    addCounts(composer);
}

void CouncilMinutes::addDialogues(DocumentComposer& composer) const
{
    QStringList lines;
    for (const CouncilCandidate& candidate : m_session.candidates) {
        const CandidateResult result = m_session.evaluate(candidate);
        if (result.by.isEmpty()) {
            continue;
        }
        const QString holder = m_people.dialogueHolder(result.by);
        if (result.status == CandidateResult::Status::Agreed && candidate.agreed) {
            lines.append(
                DocumentWording::text("council.dialogue_agreed")
                    .arg(candidateLabel(candidate), score(result.spread), holder, score(*candidate.agreed)));
        } else {
            lines.append(DocumentWording::text("council.dialogue_pending")
                             .arg(candidateLabel(candidate), score(result.spread), holder));
        }
    }
    if (lines.isEmpty()) {
        composer.addParagraph(DocumentWording::text("council.no_dialogue"));
        return;
    }
    composer.addParagraph(DocumentWording::text("council.dialogues").arg(lines.size()));
    QString& last = lines.last();
    if (last.endsWith(QLatin1Char(';'))) {
        last.chop(1);
        last += QLatin1Char('.');
    }
    for (const QString& line : lines) {
        composer.addParagraph(line);
    }
}

void CouncilMinutes::addCounts(DocumentComposer& composer) const
{
    int passed = 0;
    int failed = 0;
    int pending = 0;
    for (const CandidateResult& result : m_session.evaluateAll()) {
        if (!result.official) {
            ++pending;
        } else if (result.passed) {
            ++(*result.passed ? passed : failed);
        }
    }
    QStringList counts;
    if (m_session.pass) {
        counts.append(DocumentWording::text("council.count_passed").arg(passed));
        counts.append(DocumentWording::text("council.count_failed").arg(failed));
    }
    if (pending > 0) {
        counts.append(DocumentWording::text("council.count_pending").arg(pending));
    }
    if (!counts.isEmpty()) {
        composer.addParagraph(DocumentWording::text("council.counts").arg(counts.join(QStringLiteral(", "))));
    }
}

QString CouncilMinutes::score(Decimal value) const
{
    return number(value, m_session.printedPlaces(value));
}

QString CouncilMinutes::attachedTo() const
{
    const QString numberText = m_settings.number > 0
        ? QStringLiteral("%1").arg(m_settings.number, 2, 10, QLatin1Char('0'))
        : DocumentWording::text("council.number_blank");
    const QDate date = m_settings.meetingStart.isValid() ? m_settings.meetingStart.date() : m_settings.date;
    return DocumentWording::text("council.attached_to")
        .arg(numberText, m_settings.symbol, VietnameseDate::dayMonthYear(date));
}

} // namespace danhgia
