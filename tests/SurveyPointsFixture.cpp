#include "SurveyPointsFixture.h"

#include "RowCount.h"
#include "TestSupport.h"
#include "database/SyncedTable.h"
#include "scoring/LeafScorer.h"
#include "scoring/ScoreSheetReader.h"
#include "services/SheetTransitions.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"
#include "stores/SurveyStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace danhgia::test {

namespace {

SurveyQuestion question(const QString& text)
{
    return {text,
            {{QStringLiteral("Rất hài lòng"), dec("1")},
             {QStringLiteral("Hài lòng"), dec("0.75")},
             {QStringLiteral("Bình thường"), dec("0.5")},
             {QStringLiteral("Không hài lòng"), dec("0.25")},
             {QStringLiteral("Rất không hài lòng"), dec("0")}}};
}

} // namespace

const QString SurveyPointsFixture::Actor = QStringLiteral("Tổ thẩm định");

Decimal dec(const char* text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

SurveyQuestionnaire threeQuestions()
{
    SurveyQuestionnaire q;
    q.questions
        = {question(QStringLiteral("Tiếp cận dịch vụ")), question(QStringLiteral("Thủ tục hành chính")),
           question(QStringLiteral("Công chức giải quyết"))};
    return q;
}

qint64 SurveyPointsFixture::count(const QString& sql) const
{
    return countRows(m_db.path(), sql);
}

QJsonObject SurveyPointsFixture::stored(const QString& unit, const QString& code, const char* stage)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT value FROM sheet_values WHERE sheet_id = ? AND stage = ? AND code = ?"));
    query.addBindValue(m_sheets.value(unit));
    query.addBindValue(QString::fromLatin1(stage));
    query.addBindValue(code);
    return query.exec() && query.next() ? QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()
                                        : QJsonObject();
}

QString SurveyPointsFixture::snapshot(const QString& unit)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT s.revision, s.state, v.stage, v.code, v.value FROM score_sheets s "
                                 "JOIN sheet_values v ON v.sheet_id = s.id WHERE s.id = ? "
                                 "ORDER BY v.stage, v.code"));
    query.addBindValue(m_sheets.value(unit));
    QStringList parts;
    if (query.exec()) {
        while (query.next()) {
            for (int i = 0; i < 5; ++i) {
                parts.append(query.value(i).toString());
            }
        }
    }
    return parts.join(QLatin1Char('|'));
}

bool SurveyPointsFixture::transition(const QString& unit, WorkflowAction action, Role role, QString* error)
{
    return SheetTransitions::apply(m_db, m_sheets.value(unit), action, role, Actor, QString(), error)
        .has_value();
}

bool SurveyPointsFixture::submit(const QString& unit, QString* error)
{
    const qint64 sheet = m_sheets.value(unit);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT code FROM sheet_values WHERE sheet_id = ? AND stage = 'self'"));
    query.addBindValue(sheet);
    QStringList codes;
    if (query.exec()) {
        while (query.next()) {
            codes.append(query.value(0).toString());
        }
    }
    return m_db.transaction(
               [&](QString* e) {
                   for (const QString& code : codes) {
                       if (!SheetStore::setExplanation(m_db.connection(), sheet, code,
                                                       QStringLiteral("Hồ sơ lưu tại đơn vị"), Actor, e)) {
                           return false;
                       }
                   }
                   return true;
               },
               error)
        && transition(unit, WorkflowAction::Submit, Role::UnitHead, error);
}

std::optional<qint64> SurveyPointsFixture::newSurvey(const QString& title, const QString& criterion,
                                                     int planned, QString* error)
{
    return SurveyStore::save(
        m_db, {0, QStringLiteral("CCHC-2026"), title, {criterion}, SurveyPlan{planned, {}}, threeQuestions()},
        Role::Administrator, QStringLiteral("admin"), error);
}

bool SurveyPointsFixture::answer(qint64 survey, const QString& unit,
                                 const QList<SurveyAnswers>& questionnaires, QString* error)
{
    for (const SurveyAnswers& answers : questionnaires) {
        if (!SurveyStore::addResponse(m_db, survey, unit, answers, Role::Appraiser,
                                      QStringLiteral("nhập liệu"), error)) {
            return false;
        }
    }
    return true;
}

std::optional<Decimal> SurveyPointsFixture::scoredPoints(const QString& unit, const QString& code)
{
    QString error;
    const auto set = CriteriaSetStore::load(m_db.connection(), m_setRow, &error);
    const auto sheets
        = set ? SheetStore::loadEffective(m_db.connection(), m_campaign, set->id, &error) : std::nullopt;
    for (const ScoreSheet& sheet : sheets.value_or(QList<ScoreSheet>())) {
        if (sheet.subject.id == unit && sheet.stage == Stage::Appraised) {
            const auto outcome = LeafScorer::score(set->node(set->indexOf(code)), sheet.values.value(code),
                                                   {}, set->decimals);
            if (outcome.kind == LeafScorer::Outcome::Kind::Points) {
                return outcome.points;
            }
        }
    }
    return std::nullopt;
}

bool SurveyPointsFixture::setUp(QString* error)
{
    m_sheets.clear();
    const QString path = m_dir.filePath(QStringLiteral("survey-points-%1.sqlite").arg(++m_databases));
    if (!m_dir.isValid() || !m_db.open(path, error)) {
        return false;
    }
    const QStringList units{QStringLiteral("SNV"), QStringLiteral("STC"),  QStringLiteral("SGDDT"),
                            QStringLiteral("SYT"), QStringLiteral("VPUB"), QStringLiteral("STNMT")};
    const bool stored = m_db.transaction(
        [&](QString* e) {
            ValidationIssues issues;
            const auto set = CriteriaSetStore::import(
                m_db.connection(), readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                QStringLiteral("admin"), &issues, e);
            const auto campaign = set ? CampaignStore::ensure(m_db.connection(),
                                                              {0,
                                                               QStringLiteral("CCHC-2026"),
                                                               QStringLiteral("CCHC 2026"),
                                                               QStringLiteral("par_index"),
                                                               *set,
                                                               {QStringLiteral("2026")},
                                                               {},
                                                               QString(),
                                                               QString()},
                                                              QStringLiteral("admin"), e)
                                      : std::nullopt;
            if (!campaign) {
                return false;
            }
            m_setRow = *set;
            m_campaign = campaign->id;
            for (const QString& unit : units) {
                const ScoreSheet sheet = ScoreSheetReader::read(
                    readData(QStringLiteral("examples/cchc/%1.scores.json").arg(unit)), &issues);
                if (!SyncedTable::upsert(m_db.connection(), QStringLiteral("units"),
                                         {{QStringLiteral("code"), unit}},
                                         {{QStringLiteral("name"), sheet.subject.name},
                                          {QStringLiteral("kind"), QStringLiteral("department")}},
                                         QStringLiteral("admin"), QString(), e)) {
                    return false;
                }
                if (unit == QLatin1String("STNMT")) {
                    continue; // a unit without a score sheet
                }
                const auto id = SheetStore::save(m_db.connection(), m_campaign, sheet,
                                                 QStringLiteral("admin"), QString(), e);
                if (!id) {
                    return false;
                }
                m_sheets.insert(unit, *id);
            }
            return true;
        },
        error);
    if (!stored) {
        return false;
    }
    for (const QString& unit :
         {QStringLiteral("SNV"), QStringLiteral("VPUB"), QStringLiteral("STC"), QStringLiteral("SGDDT")}) {
        if (!submit(unit, error)) {
            return false;
        }
    }
    ValidationIssues issues;
    ScoreSheet stc
        = ScoreSheetReader::read(readData(QStringLiteral("examples/cchc/STC.scores.json")), &issues);
    stc.stage = Stage::Appraised;
    stc.values[QStringLiteral("1.4")].number = dec("1.5");
    return m_db.transaction(
               [&](QString* e) {
                   return SheetStore::save(m_db.connection(), m_campaign, stc, Actor,
                                           QStringLiteral("Điều chỉnh 1.4"), e)
                       .has_value();
               },
               error)
        && transition(QStringLiteral("STC"), WorkflowAction::Appraise, Role::Appraiser, error)
        && transition(QStringLiteral("SGDDT"), WorkflowAction::Appraise, Role::Appraiser, error)
        && transition(QStringLiteral("SGDDT"), WorkflowAction::Approve, Role::CouncilChair, error);
}

} // namespace danhgia::test
