#include "CouncilGridModel.h"

#include "AppSession.h"
#include "LeafValueText.h"
#include "ViewLook.h"
#include "councils/CouncilRoles.h"
#include "workflow/RecordPermissions.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace danhgia::ui {

namespace {

// The amber of rows waiting for a dialogue (the message bar's warning tint).
const QColor DialogueBackground(0xfd, 0xf3, 0xd8);
const QColor FailedText(0xb0, 0x2a, 0x1e);

// Same candidates and members in the same order: the grid keeps its shape.
bool sameShape(const CouncilSession& a, const CouncilSession& b)
{
    if (a.members.size() != b.members.size() || a.candidates.size() != b.candidates.size()) {
        return false;
    }
    for (int i = 0; i < a.members.size(); ++i) {
        if (a.members.at(i).id != b.members.at(i).id) {
            return false;
        }
    }
    for (int i = 0; i < a.candidates.size(); ++i) {
        if (a.candidates.at(i).id != b.candidates.at(i).id) {
            return false;
        }
    }
    return true;
}

} // namespace

CouncilGridModel::CouncilGridModel(AppSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

bool CouncilGridModel::setCouncil(qint64 councilId, QString* error)
{
    if (councilId == 0 || !m_session.hasDatabase()) {
        show(std::nullopt);
        return true;
    }
    auto council = CouncilStore::load(m_session.database().connection(), councilId, error);
    show(council);
    return council.has_value();
}

bool CouncilGridModel::reload(QString* error)
{
    return setCouncil(councilId(), error);
}

void CouncilGridModel::show(std::optional<CouncilRecord> council)
{
    const bool keepShape = m_council && council && m_council->id == council->id
        && sameShape(m_council->session, council->session);
    if (!keepShape) {
        beginResetModel();
    }
    m_council = std::move(council);
    m_results = m_council ? m_council->session.evaluateAll() : QList<CandidateResult>();
    m_ranks = m_council ? CouncilRanking::rank(m_council->session) : QList<CouncilRank>();
    if (!keepShape) {
        endResetModel();
    } else if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    Q_EMIT councilChanged();
}

int CouncilGridModel::memberCount() const
{
    return m_council ? static_cast<int>(m_council->session.members.size()) : 0;
}

int CouncilGridModel::memberAt(int column) const
{
    return column >= 1 && column <= memberCount() ? column - 1 : -1;
}

bool CouncilGridModel::scoringComplete(int row) const
{
    return CouncilRanking::scoringComplete(m_council->session, m_council->session.candidates.at(row));
}

CouncilGridModel::Summary CouncilGridModel::summary() const
{
    Summary summary;
    summary.candidates = rowCount();
    for (int row = 0; row < rowCount(); ++row) {
        if (!scoringComplete(row)) {
            continue;
        }
        summary.passed += m_results.at(row).passed.value_or(false) ? 1 : 0;
        summary.waitingForDialogue
            += m_results.at(row).status == CandidateResult::Status::NeedsDialogue ? 1 : 0;
    }
    return summary;
}

int CouncilGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_council ? 0 : static_cast<int>(m_council->session.candidates.size());
}

int CouncilGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_council ? 0 : 1 + memberCount() + ColumnCountAfterMembers;
}

QString CouncilGridModel::holderTitle(const QString& by)
{
    return CouncilRoles::title(by);
}

QString CouncilGridModel::number(Decimal value) const
{
    return value.toLocaleString(locale(), m_council->session.decimals);
}

std::optional<Decimal> CouncilGridModel::memberScore(int row, int member) const
{
    const QString& memberId = m_council->session.members.at(member).id;
    for (const auto& score : m_council->session.candidates.at(row).scores) {
        if (score.first == memberId) {
            return score.second;
        }
    }
    return std::nullopt;
}

bool CouncilGridModel::agreedEditable(int row) const
{
    return m_council->session.mayRecordAgreedScore(m_council->session.candidates.at(row), m_session.role());
}

QVariant CouncilGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    const bool waiting
        = scoringComplete(row) && m_results.at(row).status == CandidateResult::Status::NeedsDialogue;
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return displayText(row, column);
        case Qt::EditRole: {
            const int member = memberAt(column);
            if (member >= 0) {
                const auto score = memberScore(row, member);
                return score ? number(*score) : QString();
            }
            const auto& agreed = m_council->session.candidates.at(row).agreed;
            return column == columnOf(AgreedColumn) && agreed
                    && m_results.at(row).status == CandidateResult::Status::Agreed
                ? number(*agreed)
                : QString();
        }
        case Qt::ToolTipRole:
            return toolTip(row, column);
        case Qt::TextAlignmentRole:
            if (column == CandidateColumn || column == columnOf(StatusColumn)
                || column == columnOf(ResultColumn)) {
                return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
            }
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::BackgroundRole:
            return waiting ? QVariant(QBrush(DialogueBackground)) : QVariant();
        case Qt::ForegroundRole:
            if (column == columnOf(ResultColumn) && scoringComplete(row)
                && m_results.at(row).passed == false) {
                return QBrush(FailedText);
            }
            return {};
        case Qt::FontRole:
            if (column == columnOf(OfficialColumn)) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case CandidateIdRole:
            return m_council->session.candidates.at(row).id;
        case NeedsDialogueRole:
            return waiting;
        case DialogueHolderRole:
            return m_results.at(row).by;
        default:
            return {};
    }
}

QString CouncilGridModel::displayText(int row, int column) const
{
    const CouncilCandidate& candidate = m_council->session.candidates.at(row);
    const CandidateResult& result = m_results.at(row);
    const bool complete = scoringComplete(row);
    const int member = memberAt(column);
    if (column == CandidateColumn) {
        return candidate.name.isEmpty() ? candidate.id
                                        : QStringLiteral("%1 · %2").arg(candidate.id, candidate.name);
    }
    if (member >= 0) {
        const auto score = memberScore(row, member);
        return score ? number(*score) : QString();
    }
    switch (column - 1 - memberCount()) {
        case MeanColumn:
            return candidate.scores.isEmpty() ? QString() : number(result.mean);
        case SpreadColumn:
            return candidate.scores.size() < 2 ? QString() : number(result.spread);
        case StatusColumn:
            return statusText(row);
        case AgreedColumn:
            // Only an agreement that stands: one the scores no longer call for is not shown.
            return candidate.agreed && result.status == CandidateResult::Status::Agreed
                ? number(*candidate.agreed)
                : QString();
        case OfficialColumn:
            return complete && result.official ? number(*result.official) : ViewLook::noValue();
        case ResultColumn:
            if (!complete || !result.passed) {
                return ViewLook::noValue();
            }
            return *result.passed ? tr("Passed") : tr("Failed");
        case RankColumn:
            return m_ranks.at(row).rank > 0 ? locale().toString(m_ranks.at(row).rank) : ViewLook::noValue();
        default:
            return {};
    }
}

QString CouncilGridModel::statusText(int row) const
{
    const CandidateResult& result = m_results.at(row);
    if (!scoringComplete(row)) {
        return memberCount() == 0 ? tr("No members yet")
                                  : tr("Scoring: %1 of %2 members")
                                        .arg(m_council->session.candidates.at(row).scores.size())
                                        .arg(memberCount());
    }
    switch (result.status) {
        case CandidateResult::Status::Official:
            return tr("Official");
        case CandidateResult::Status::NeedsDialogue:
            return tr("Needs a dialogue, held by %1").arg(holderTitle(result.by));
        case CandidateResult::Status::Agreed:
            return tr("Agreed");
    }
    return {};
}

QString CouncilGridModel::voidedText(int row) const
{
    const CouncilCandidate& candidate = m_council->session.candidates.at(row);
    const VoidedAgreement& last = candidate.voided.last();
    const CouncilMember* member = m_council->session.member(last.memberId);
    const QString who = member && !member->name.isEmpty() ? member->name : last.memberId;
    return last.from ? tr("The agreed score %1 was voided: %2 changed their score from %3 to %4")
                           .arg(number(last.agreed), who, number(*last.from), number(last.to))
                     : tr("The agreed score %1 was voided: %2 gave a score of %3 after it")
                           .arg(number(last.agreed), who, number(last.to));
}

QString CouncilGridModel::toolTip(int row, int column) const
{
    const CouncilSession& session = m_council->session;
    const CandidateResult& result = m_results.at(row);
    const bool complete = scoringComplete(row);
    const int member = memberAt(column);
    if (complete && result.status == CandidateResult::Status::NeedsDialogue) {
        QString text = tr("The members' scores are %1 points apart: %2 holds a dialogue with the members "
                          "and records the agreed score")
                           .arg(number(result.spread), holderTitle(result.by));
        if (column == columnOf(AgreedColumn) && !agreedEditable(row)) {
            text += QLatin1Char('\n') + tr("Only %1 may record the agreed score").arg(holderTitle(result.by));
        }
        if (!session.candidates.at(row).voided.isEmpty()) {
            text += QLatin1Char('\n') + voidedText(row);
        }
        return text;
    }
    if ((column == columnOf(StatusColumn) || column == columnOf(AgreedColumn))
        && result.status != CandidateResult::Status::Agreed && !session.candidates.at(row).voided.isEmpty()) {
        return voidedText(row);
    }
    if (member >= 0) {
        const CouncilMember& m = session.members.at(member);
        return tr("Score given by %1 (%2)").arg(m.name.isEmpty() ? m.id : m.name, holderTitle(m.role));
    }
    if (column == columnOf(StatusColumn) && complete && result.status == CandidateResult::Status::Agreed) {
        return tr("The members' scores were %1 points apart: %2 held a dialogue and the agreed score is "
                  "official")
            .arg(number(result.spread), holderTitle(result.by));
    }
    if (column == columnOf(ResultColumn) && session.pass) {
        return tr("Pass mark: %1 of %2").arg(number(*session.pass), number(session.max));
    }
    if (column == columnOf(RankColumn)) {
        switch (m_ranks.at(row).decidedBy) {
            case CouncilRank::DecidedBy::HeadOfAgency:
                return tr("Tied: no professional or written score breaks the tie (Decree 170/2025), so the "
                          "head of the agency decides");
            case CouncilRank::DecidedBy::NotRanked:
                return complete && result.passed == false ? tr("Not ranked: below the pass mark")
                                                          : tr("Not ranked: no official score yet");
            default:
                return {};
        }
    }
    return {};
}

QVariant CouncilGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const int member = memberAt(section);
    if (role == Qt::ToolTipRole && member >= 0) {
        const CouncilMember& m = m_council->session.members.at(member);
        return tr("Scores given by %1 (%2), member %3").arg(m.name, holderTitle(m.role), m.id);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == CandidateColumn) {
        return tr("Candidate");
    }
    if (member >= 0) {
        const CouncilMember& m = m_council->session.members.at(member);
        // The name on two lines keeps the score columns narrow, so that the official score, the
        // result and the rank fit a 1280-pixel screen; the role is in the tooltip.
        return ViewLook::twoLines(m.name.isEmpty() ? m.id : m.name, 8);
    }
    switch (section - 1 - memberCount()) {
        case MeanColumn:
            return ViewLook::twoLines(tr("Mean"));
        case SpreadColumn:
            return ViewLook::twoLines(tr("Spread"));
        case StatusColumn:
            return tr("Status");
        case AgreedColumn:
            return ViewLook::twoLines(tr("Agreed score"));
        case OfficialColumn:
            return ViewLook::twoLines(tr("Official score"));
        case ResultColumn:
            return ViewLook::twoLines(tr("Result"));
        case RankColumn:
            return ViewLook::twoLines(tr("Rank"));
        default:
            return {};
    }
}

Qt::ItemFlags CouncilGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return flags;
    }
    // Members' scores are copied from the scoring sheets by the roles that may record them.
    if ((memberAt(index.column()) >= 0
         && RecordPermissions::allows(RecordKind::CouncilScores, m_session.role()))
        || (index.column() == columnOf(AgreedColumn) && agreedEditable(index.row()))) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool CouncilGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_session.hasDatabase() || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const int member = memberAt(index.column());
    if (member < 0 && index.column() != columnOf(AgreedColumn)) {
        return false;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        return false; // nothing typed: nothing to record
    }
    const auto score = LeafValueText::parse(text);
    if (!score) {
        Q_EMIT refused(tr("“%1” is not a score: write it like 78,5").arg(text));
        return false;
    }
    const CouncilCandidate candidate = m_council->session.candidates.at(index.row());
    const std::optional<Decimal> current = member >= 0 ? memberScore(index.row(), member) : candidate.agreed;
    if (current == *score) {
        return true; // unchanged: nothing to write
    }
    QString error;
    const bool written = member >= 0
        ? CouncilStore::setMemberScore(m_session.database(), councilId(), candidate.id,
                                       m_council->session.members.at(member).id, *score, m_session.role(),
                                       m_session.actor(), &error)
        : CouncilStore::setAgreedScore(m_session.database(), councilId(), candidate.id, *score,
                                       m_session.role(), m_session.actor(),
                                       CouncilRoles::ofAppRole(m_session.role()), &error);
    if (!written) {
        Q_EMIT refused(error);
        return false;
    }
    if (!reload(&error)) {
        Q_EMIT refused(error);
        return true;
    }
    const int row = index.row();
    const CouncilCandidate& now = m_council->session.candidates.at(row);
    if (member >= 0 && now.voided.size() > candidate.voided.size()) {
        const CandidateResult& result = m_results.at(row);
        const QString name = now.name.isEmpty() ? now.id : QStringLiteral("%1 (%2)").arg(now.name, now.id);
        const QString rule = result.status == CandidateResult::Status::NeedsDialogue
            ? tr("The scores are now %1 points apart: %2 holds a new dialogue and records the agreed score.")
                  .arg(number(result.spread), holderTitle(result.by))
            : tr("The scores are now %1 points apart: the mean %2 is the official score.")
                  .arg(number(result.spread), number(result.mean));
        Q_EMIT agreementVoided(tr("The agreed score %1 of %2 no longer stands: the members' scores changed.")
                                   .arg(number(now.voided.last().agreed), name)
                               + QLatin1Char(' ') + rule);
    }
    return true;
}

} // namespace danhgia::ui
