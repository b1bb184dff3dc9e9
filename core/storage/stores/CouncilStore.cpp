#include "stores/CouncilStore.h"

#include "workflow/RecordPermissions.h"

#include "councils/CouncilReader.h"
#include "councils/CouncilRoles.h"
#include "councils/CouncilWriter.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "stores/CampaignStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace danhgia {

namespace {

// A council role as people read it, with its code: "Chủ tịch Hội đồng (chu_tich)".
const QString Table = QStringLiteral("council_sessions");

QJsonArray candidatesOf(const QByteArray& document)
{
    return QJsonDocument::fromJson(document).object().value(QStringLiteral("candidates")).toArray();
}

// Reads a stored (or about to be stored) document with CouncilReader. A session in progress may
// have candidates scored by fewer than two members: the reader's error about that, at
// candidates[i].scores of a scores object with fewer than two entries, is allowed; every other
// error refuses the document.
std::optional<CouncilSession> readDocument(const QByteArray& document, QString* error)
{
    QSet<QString> incomplete;
    const QJsonArray candidates = candidatesOf(document);
    for (int i = 0; i < candidates.size(); ++i) {
        const QJsonValue scores = candidates.at(i).toObject().value(QStringLiteral("scores"));
        if (scores.isObject() && scores.toObject().size() < 2) {
            incomplete.insert(JsonFieldReader::member(
                JsonFieldReader::element(QStringLiteral("candidates"), i), QStringLiteral("scores")));
        }
    }
    ValidationIssues issues;
    CouncilSession session = CouncilReader::read(document, &issues);
    QStringList problems;
    for (const ValidationIssue& issue : issues) {
        if (issue.isError() && !incomplete.contains(issue.path)) {
            problems.append(issue.toText());
        }
    }
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return session;
}

// What the document cannot say or CouncilReader does not check: a title, unique member ids,
// scores by members of the council, one score per member.
QString structureProblem(const CouncilSession& session)
{
    if (session.title.trimmed().isEmpty()) {
        return CouncilStore::tr("the council session needs a title");
    }
    QSet<QString> memberIds;
    for (const CouncilMember& m : session.members) {
        if (m.id.trimmed().isEmpty()) {
            return CouncilStore::tr("a member of the council has no code");
        }
        if (memberIds.contains(m.id)) {
            return CouncilStore::tr("the member %1 is listed twice").arg(m.id);
        }
        memberIds.insert(m.id);
    }
    for (const CouncilCandidate& c : session.candidates) {
        QSet<QString> scored;
        for (const auto& score : c.scores) {
            if (!memberIds.isEmpty() && !memberIds.contains(score.first)) {
                return CouncilStore::tr("Candidate %1: %2 is not a member of the council")
                    .arg(c.id, score.first);
            }
            if (scored.contains(score.first)) {
                return CouncilStore::tr("Candidate %1: member %2 has two scores").arg(c.id, score.first);
            }
            scored.insert(score.first);
        }
    }
    return {};
}

// Checks the council and writes it, in the caller's transaction.
std::optional<qint64> writeCouncil(QSqlDatabase& db, const CouncilRecord& council, const QString& actor,
                                   QString* error, const QString& reason = QString())
{
    CouncilSession session = council.session;
    session.title = session.title.trimmed();
    const QString problem = structureProblem(session);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const QByteArray document = CouncilWriter::write(session);
    if (!readDocument(document, error)) {
        return std::nullopt;
    }
    if (council.id != 0) {
        const auto existing = SyncedTable::findId(db, Table, {{QStringLiteral("id"), council.id}}, error);
        if (!existing) {
            return std::nullopt;
        }
        if (*existing == 0) {
            *error = CouncilStore::tr("there is no council session %1").arg(council.id);
            return std::nullopt;
        }
    }
    QVariant campaignId(QMetaType::fromType<qint64>());
    if (!council.campaignCode.isEmpty()) {
        const auto campaign = CampaignStore::find(db, council.campaignCode, error);
        if (!campaign) {
            return std::nullopt;
        }
        campaignId = campaign->id;
    }
    QSqlQuery same(db);
    same.prepare(
        QStringLiteral("SELECT id FROM council_sessions WHERE campaign_id IS ? AND title = ? AND id <> ?"));
    same.addBindValue(campaignId);
    same.addBindValue(session.title);
    same.addBindValue(council.id);
    if (!same.exec()) {
        *error = CouncilStore::tr("cannot read the council sessions: %1").arg(same.lastError().text());
        return std::nullopt;
    }
    if (same.next()) {
        *error = CouncilStore::tr("there is already a council session “%1” (number %2)")
                     .arg(session.title)
                     .arg(same.value(0).toLongLong());
        return std::nullopt;
    }
    QVariantMap keys{{QStringLiteral("campaign_id"), campaignId}, {QStringLiteral("title"), session.title}};
    QVariantMap values{{QStringLiteral("document"), QString::fromUtf8(document)}};
    if (council.id != 0) {
        values.insert(keys);
        keys = {{QStringLiteral("id"), council.id}};
    }
    const auto written = SyncedTable::upsert(db, Table, keys, values, actor, reason, error);
    return written ? std::optional<qint64>(written->id) : std::nullopt;
}

// Loads the session, lets `change` edit it (false with *error set refuses) and writes it back,
// all in one transaction. `reason`, when `change` sets it, goes to the audit trail.
bool modify(Database& db, qint64 councilId, const QString& actor, QString* error,
            const std::function<bool(CouncilSession&, QString*)>& change, const QString* reason = nullptr)
{
    return db.transaction(
        [&](QString* e) {
            auto council = CouncilStore::load(db.connection(), councilId, e);
            return council && change(council->session, e)
                && writeCouncil(db.connection(), *council, actor, e, reason ? *reason : QString());
        },
        error);
}

// Why an agreed score no longer stands, for the audit trail.
QString voidReason(const CouncilSession& session, const CouncilCandidate& candidate,
                   const VoidedAgreement& voided)
{
    const CandidateResult now = session.evaluate(candidate);
    const QString from = voided.from ? voided.from->toDisplayString() : CouncilStore::tr("no score");
    const QString rule = now.status == CandidateResult::Status::NeedsDialogue
        ? CouncilStore::tr("the scores are now %1 points apart: %2 holds a new dialogue")
              .arg(now.spread.toDisplayString(), CouncilRoles::titleWithCode(now.by))
        : CouncilStore::tr("the scores are now %1 points apart: the mean %2 is the official score")
              .arg(now.spread.toDisplayString(), now.mean.toDisplayString());
    return CouncilStore::tr("Candidate %1: the agreed score %2 (scores %3 points apart, dialogue held by %4) "
                            "is void because member %5 changed their score from %6 to %7; %8")
        .arg(candidate.id, voided.agreed.toDisplayString(), voided.spread.toDisplayString(),
             CouncilRoles::titleWithCode(voided.by), voided.memberId, from, voided.to.toDisplayString(),
             rule);
}

CouncilCandidate* findCandidate(CouncilSession& session, const QString& candidateId, QString* error)
{
    for (CouncilCandidate& c : session.candidates) {
        if (c.id == candidateId) {
            return &c;
        }
    }
    *error = CouncilStore::tr("the council session “%1” has no candidate %2").arg(session.title, candidateId);
    return nullptr;
}

// The role check of every write, before anything is read or written.
bool mayRecord(RecordKind kind, Role role, QString* error)
{
    const QString refused = RecordPermissions::refusal(kind, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    return true;
}

} // namespace

std::optional<qint64> CouncilStore::save(Database& db, const CouncilRecord& council, Role role,
                                         const QString& actor, QString* error)
{
    if (!mayRecord(RecordKind::CouncilSetup, role, error)) {
        return std::nullopt;
    }
    qint64 id = 0;
    const bool done = db.transaction(
        [&](QString* e) {
            const auto written = writeCouncil(db.connection(), council, actor, e);
            id = written.value_or(0);
            return written.has_value();
        },
        error);
    return done ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<CouncilRecord> CouncilStore::load(QSqlDatabase& db, qint64 councilId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT s.id, c.code, s.document FROM council_sessions s "
                                 "LEFT JOIN campaigns c ON c.id = s.campaign_id WHERE s.id = ?"));
    query.addBindValue(councilId);
    if (!query.exec()) {
        *error = tr("cannot read the council sessions: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("there is no council session %1").arg(councilId);
        return std::nullopt;
    }
    CouncilRecord council;
    council.id = query.value(0).toLongLong();
    council.campaignCode = query.value(1).toString();
    QString problem;
    const auto session = readDocument(query.value(2).toString().toUtf8(), &problem);
    if (!session) {
        *error = tr("the council session %1 cannot be read: %2").arg(councilId).arg(problem);
        return std::nullopt;
    }
    council.session = *session;
    return council;
}

std::optional<QList<CouncilSummary>> CouncilStore::list(QSqlDatabase& db, const QString& campaignCode,
                                                        QString* error)
{
    QVariant campaignId;
    if (!campaignCode.isEmpty()) {
        const auto campaign = CampaignStore::find(db, campaignCode, error);
        if (!campaign) {
            return std::nullopt;
        }
        campaignId = campaign->id;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT s.id, c.code, s.title, s.document FROM council_sessions s "
                                 "LEFT JOIN campaigns c ON c.id = s.campaign_id "
                                 "WHERE ? IS NULL OR s.campaign_id = ? ORDER BY s.id"));
    query.addBindValue(campaignId);
    query.addBindValue(campaignId);
    if (!query.exec()) {
        *error = tr("cannot read the council sessions: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<CouncilSummary> all;
    while (query.next()) {
        all.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                    static_cast<int>(candidatesOf(query.value(3).toString().toUtf8()).size())});
    }
    return all;
}

bool CouncilStore::addMember(Database& db, qint64 councilId, const CouncilMember& member, Role role,
                             const QString& actor, QString* error)
{
    if (!mayRecord(RecordKind::CouncilSetup, role, error)) {
        return false;
    }
    const CouncilMember added{member.id.trimmed(), member.name.trimmed(), member.role.trimmed()};
    return modify(db, councilId, actor, error, [&](CouncilSession& session, QString* e) {
        if (added.id.isEmpty()) {
            *e = tr("a member of the council has no code");
            return false;
        }
        if (session.member(added.id)) {
            *e = tr("%1 is already a member of the council “%2”").arg(added.id, session.title);
            return false;
        }
        session.members.append(added);
        return true;
    });
}

bool CouncilStore::addCandidate(Database& db, qint64 councilId, const QString& candidateId,
                                const QString& name, Role role, const QString& actor, QString* error)
{
    if (!mayRecord(RecordKind::CouncilSetup, role, error)) {
        return false;
    }
    const QString id = candidateId.trimmed();
    return modify(db, councilId, actor, error, [&](CouncilSession& session, QString* e) {
        if (id.isEmpty()) {
            *e = tr("a candidate needs a code");
            return false;
        }
        QString ignored;
        if (findCandidate(session, id, &ignored)) {
            *e = tr("the candidate %1 is already in the council session “%2”").arg(id, session.title);
            return false;
        }
        session.candidates.append({id, name.trimmed(), {}, std::nullopt});
        return true;
    });
}

bool CouncilStore::setMemberScore(Database& db, qint64 councilId, const QString& candidateId,
                                  const QString& memberId, Decimal score, Role role, const QString& actor,
                                  QString* error)
{
    if (!mayRecord(RecordKind::CouncilScores, role, error)) {
        return false;
    }
    QString reason;
    return modify(
        db, councilId, actor, error,
        [&](CouncilSession& session, QString* e) {
            CouncilCandidate* candidate = findCandidate(session, candidateId, e);
            if (!candidate) {
                return false;
            }
            if (!session.member(memberId)) {
                *e = tr("Candidate %1: %2 is not a member of the council").arg(candidateId, memberId);
                return false;
            }
            const QString shown = score.toDisplayString();
            if (score.isNegative()) {
                *e = tr("Candidate %1: the score %2 of member %3 is negative")
                         .arg(candidateId, shown, memberId);
                return false;
            }
            if (score > session.max) {
                *e = tr("Candidate %1: the score %2 of member %3 is above the maximum %4")
                         .arg(candidateId, shown, memberId, session.max.toDisplayString());
                return false;
            }
            if (!score.hasAtMostPlaces(session.decimals)) {
                *e = tr("Candidate %1: the score %2 of member %3 has more decimals than the council allows "
                        "(%4)")
                         .arg(candidateId, shown, memberId, QString::number(session.decimals));
                return false;
            }
            if (const auto voided = session.setMemberScore(*candidate, memberId, score)) {
                reason = voidReason(session, *candidate, *voided);
            }
            return true;
        },
        &reason);
}

bool CouncilStore::setAgreedScore(Database& db, qint64 councilId, const QString& candidateId, Decimal score,
                                  Role role, const QString& actor, const QString& councilRole, QString* error)
{
    if (!mayRecord(RecordKind::AgreedScore, role, error)) {
        return false;
    }
    return modify(db, councilId, actor, error, [&](CouncilSession& session, QString* e) {
        CouncilCandidate* candidate = findCandidate(session, candidateId, e);
        if (!candidate) {
            return false;
        }
        const QString refused = session.agreedScoreRefusal(*candidate, councilRole);
        if (!refused.isEmpty()) {
            *e = refused;
            return false;
        }
        const QString shown = score.toDisplayString();
        if (score.isNegative()) {
            *e = tr("Candidate %1: the agreed score %2 is negative").arg(candidateId, shown);
            return false;
        }
        if (score > session.max) {
            *e = tr("Candidate %1: the agreed score %2 is above the maximum %3")
                     .arg(candidateId, shown, session.max.toDisplayString());
            return false;
        }
        candidate->agreed = score;
        return true;
    });
}

} // namespace danhgia
