#include "documents/CouncilSummarySheet.h"

#include "councils/CouncilRanking.h"
#include "councils/CouncilRoles.h"
#include "documentdata/DocumentWording.h"
#include "documents/DocumentTableFit.h"

#include <QMap>

#include <algorithm>

namespace danhgia {

namespace {

constexpr int NameColumn = 2;
constexpr int FirstMemberColumn = 3;
// The name column's least share of the text width (about 30 mm: a name on one or two lines).
constexpr int MinimumNamePercent = 18;
// The table's font sizes, largest first: the first at which every column fits is used.
constexpr qreal PointSizes[] = {11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7};

DocumentCell wordingCell(const char* key)
{
    return DocumentCell::fromText(DocumentWording::text(key));
}

} // namespace

CouncilSummarySheet::CouncilSummarySheet(const CouncilSession& session, const CouncilPeople& people)
    : m_session(session)
    , m_people(people)
    , m_scorers(people.scorers())
{ }

void CouncilSummarySheet::fitColumns(DocumentTable& table) const
{
    const int memberColumns = int(m_scorers.size());
    for (const qreal pointSize : PointSizes) {
        QList<int> widths;
        int members = 0;
        for (int column = FirstMemberColumn; column < FirstMemberColumn + memberColumns; ++column) {
            members = qMax(members, DocumentTableFit::columnPercent(table, column, pointSize));
        }
        int used = 0;
        for (int column = 0; column < table.headers.size(); ++column) {
            const bool member = column >= FirstMemberColumn && column < FirstMemberColumn + memberColumns;
            const int width = column == NameColumn ? 0
                : member                           ? members
                         : DocumentTableFit::columnPercent(table, column, pointSize);
            widths.append(width);
            used += width;
        }
        // Below the smallest size (a council of some fifteen members), the names wrap more.
        widths[NameColumn] = qMax(MinimumNamePercent / 3, 100 - used);
        table.widths = widths;
        table.pointSize = pointSize;
        if (widths.at(NameColumn)
            >= qMax(MinimumNamePercent, DocumentTableFit::columnPercent(table, NameColumn, pointSize))) {
            return;
        }
    }
    // Even the smallest size is too wide: the numeric columns give up a percent each in turn
    // (the widest first) until the table fits the text width; their numbers may then wrap.
    QList<int>& widths = table.widths;
    const auto total = [&widths] {
        int sum = 0;
        for (const int width : widths) {
            sum += width;
        }
        return sum;
    };
    while (total() > 100) {
        int widest = -1;
        for (int column = 0; column < widths.size(); ++column) {
            if (column != NameColumn && (widest < 0 || widths.at(column) > widths.at(widest))) {
                widest = column;
            }
        }
        if (widest < 0 || widths.at(widest) <= 2) {
            break;
        }
        --widths[widest];
    }
}

DocumentTable CouncilSummarySheet::table() const
{
    using Align = DocumentTable::Align;
    DocumentTable table;
    table.name = DocumentWording::text("council.table_name");
    table.headers = QStringList{DocumentWording::text("council.column.number"),
                                DocumentWording::text("council.column.id"),
                                DocumentWording::text("council.column.name")};
    table.aligns = {Align::Center, Align::Center, Align::Left};
    for (const CouncilPerson& scorer : m_scorers) {
        table.headers.append(scorer.id);
        table.aligns.append(Align::Center);
    }
    for (const char* key : {"council.column.mean", "council.column.spread", "council.column.dialogue",
                            "council.column.agreed", "council.column.official"}) {
        table.headers.append(DocumentWording::text(key));
        table.aligns.append(Align::Center);
    }
    if (m_session.pass) {
        table.headers.append(DocumentWording::text("council.column.result"));
        table.aligns.append(Align::Center);
    }
    table.headers.append(DocumentWording::text("council.column.rank"));
    table.aligns.append(Align::Center);

    const QList<CouncilRank> ranks = CouncilRanking::rank(m_session);
    for (int i = 0; i < m_session.candidates.size(); ++i) {
        const CouncilCandidate& candidate = m_session.candidates.at(i);
        const CandidateResult result = m_session.evaluate(candidate);
        QList<DocumentCell> row{DocumentCell::fromInteger(i + 1), DocumentCell::fromText(candidate.id),
                                DocumentCell::fromText(candidate.name)};
        for (const CouncilPerson& scorer : m_scorers) {
            auto score = std::find_if(candidate.scores.cbegin(), candidate.scores.cend(),
                                      [&scorer](const auto& entry) { return entry.first == scorer.id; });
            row.append(score == candidate.scores.cend() ? wordingCell("council.no_score")
                                                        : scoreCell(score->second));
        }
        row.append(DocumentCell::fromNumber(result.mean, m_session.decimals));
        row.append(scoreCell(result.spread));
        row.append(result.by.isEmpty() ? wordingCell("council.no_dialogue_cell")
                                       : DocumentCell::fromText(CouncilPeople::roleTitle(result.by)));
        row.append(result.status == CandidateResult::Status::Agreed && candidate.agreed
                       ? scoreCell(*candidate.agreed)
                       : DocumentCell());
        row.append(result.official ? DocumentCell::fromNumber(*result.official, m_session.decimals, true)
                                   : DocumentCell());
        if (m_session.pass) {
            if (!result.official) {
                row.append(wordingCell("council.result.pending"));
            } else {
                row.append(wordingCell(result.passed.value_or(false) ? "council.result.passed"
                                                                     : "council.result.failed"));
            }
        }
        const CouncilRank& rank = ranks.at(i);
        row.append(rank.rank > 0 ? DocumentCell::fromInteger(rank.rank) : DocumentCell());
        table.addRow(row);
    }
    fitColumns(table);
    return table;
}

DocumentCell CouncilSummarySheet::scoreCell(Decimal score) const
{
    return DocumentCell::fromNumber(score, m_session.printedPlaces(score));
}

QString CouncilSummarySheet::membersNote() const
{
    QStringList members;
    for (const CouncilPerson& scorer : m_scorers) {
        members.append(
            DocumentWording::text("council.legend_member").arg(scorer.id, scorer.name, scorer.roleTitle));
    }
    return DocumentWording::text("council.legend").arg(members.join(QStringLiteral("; ")));
}

QStringList CouncilSummarySheet::rankNotes() const
{
    QStringList notes;
    const QList<CouncilRank> ranks = CouncilRanking::rank(m_session);
    QMap<int, QStringList> tied;
    for (const CouncilRank& rank : ranks) {
        if (rank.decidedBy == CouncilRank::DecidedBy::HeadOfAgency) {
            tied[rank.rank].append(rank.candidateId);
        }
    }
    for (auto it = tied.cbegin(); it != tied.cend(); ++it) {
        notes.append(
            DocumentWording::text("council.tie").arg(it.value().join(QStringLiteral(", "))).arg(it.key()));
    }
    QStringList incomplete;
    for (const CouncilCandidate& candidate : m_session.candidates) {
        if (!CouncilRanking::scoringComplete(m_session, candidate)) {
            incomplete.append(candidate.id);
        }
    }
    if (!incomplete.isEmpty() && incomplete.size() == m_session.candidates.size()) {
        notes.append(DocumentWording::text("council.incomplete_all"));
    } else if (!incomplete.isEmpty()) {
        notes.append(DocumentWording::text("council.incomplete").arg(incomplete.join(QStringLiteral(", "))));
    }
    return notes;
}

QList<DocumentSigner> CouncilSummarySheet::memberSigners() const
{
    const QString chairName = m_people.sheetChair().name;
    const QString secretaryName = m_people.sheetSecretary().name;
    QList<DocumentSigner> signers;
    for (const CouncilPerson& scorer : m_scorers) {
        // The chair and the secretary sign once, on the last row.
        if ((scorer.roleCode == CouncilRoles::Chair && scorer.name == chairName)
            || (scorer.roleCode == CouncilRoles::Secretary && scorer.name == secretaryName)) {
            continue;
        }
        signers.append({QString(), scorer.roleTitle, scorer.name});
    }
    return signers;
}

void CouncilSummarySheet::addTo(DocumentComposer& composer, const QString& attachedTo) const
{
    composer.addPageBreak();
    composer.addAnnexTitle(DocumentWording::text("council.summary_title"), m_session.title, attachedTo);
    composer.addTable(table());
    composer.addParagraph(membersNote());
    composer.addParagraph(DocumentWording::text("council.legend_columns"));
    for (const QString& note : rankNotes()) {
        composer.addParagraph(note);
    }
    // The secretary and the chair sign right after the results (the chair on the right, the place
    // of honour), the other scoring members below them; the renderer keeps the signatures with
    // the last note (DocumentRenderer), so that none stands alone on a page.
    composer.addSignatureGrid({m_people.sheetSecretary(), m_people.sheetChair()});
    const QList<DocumentSigner> members = memberSigners();
    if (!members.isEmpty()) {
        composer.addSignatureGrid(members);
    }
}

} // namespace danhgia
