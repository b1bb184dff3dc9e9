#include "SyncWorld.h"

#include "SyncAgreement.h"
#include "database/Database.h"
#include "engine/SyncEngine.h"
#include "network/ServerConnection.h"
#include "services/CampaignSetup.h"
#include "services/CatalogueImport.h"
#include "services/SheetEditor.h"
#include "stores/CriteriaSetStore.h"

#include <QSqlQuery>

using namespace danhgia;

namespace {

QByteArray criteriaDocument(const QString& id)
{
    return QStringLiteral(
               R"({"format": "danhgia.criteria/1", "id": "%1", "version": 1,
"title": "Bộ tiêu chí cấp xã", "kind": "par_index", "decimals": 2,
"criteria": [{"code": "1", "title": "Lĩnh vực 1", "max": 10, "children": [
  {"code": "1.1", "title": "Tiêu chí 1.1", "max": 5, "method": {"type": "points"}},
  {"code": "1.2", "title": "Tiêu chí 1.2", "max": 5, "method": {"type": "points"}}]},
 {"code": "2", "title": "Lĩnh vực 2", "max": 10, "children": [
  {"code": "2.1", "title": "Tiêu chí 2.1", "max": 5, "method": {"type": "points"}},
  {"code": "2.2", "title": "Tiêu chí 2.2", "max": 5, "method": {"type": "points"}}]}],
"grades": [{"code": "A", "title": "Nhóm A", "min": 90}, {"code": "B", "title": "Nhóm B", "min": 0}]})")
        .arg(id)
        .toUtf8();
}

} // namespace

bool SyncWorld::start(QString* error, const QStringList& serverFlags)
{
    return m_province.start(error, serverFlags);
}

QUrl SyncWorld::serverUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(const_cast<ProvinceFixture&>(m_province).port()));
}

std::unique_ptr<Database> SyncWorld::open(const QString& path, QString* error)
{
    auto db = std::make_unique<Database>();
    if (!db->open(path, error)) {
        return nullptr;
    }
    return db;
}

bool SyncWorld::syncDirect(Database& db, const QString& login, QString* error)
{
    ServerConnection connection(serverUrl(), ServerConnection::Options{});
    if (!connection.signIn(login, QString::fromLatin1(ProvinceFixture::Password), error)) {
        return false;
    }
    SyncEngine engine(db, connection);
    const SyncSummary summary = engine.run();
    if (!summary.completed || summary.refused > 0 || summary.conflicts > 0) {
        *error = summary.toText();
        return false;
    }
    return true;
}

QString SyncWorld::openCampaign(Database& province, QString* error, int sheetsPerCommune)
{
    if (!syncDirect(province, QStringLiteral("quantri"), error)) {
        return QString();
    }
    const QString code = QStringLiteral("CCHC-MANG-%1").arg(++m_campaigns);
    const QString setId = QStringLiteral("mang-2026-%1").arg(m_campaigns);
    const bool written = province.transaction(
        [&](QString* e) {
            ValidationIssues issues;
            const auto set = CriteriaSetStore::import(province.connection(), criteriaDocument(setId),
                                                      QStringLiteral("quantri"), &issues, e);
            auto setup = set ? CampaignSetup::forCriteriaSet(province.connection(), *set, e) : std::nullopt;
            if (!setup) {
                return false;
            }
            QList<ScoreSheet> sheets;
            for (const QString& unit : {QStringLiteral("XCL"), QStringLiteral("XDD")}) {
                for (int n = 1; n <= sheetsPerCommune; ++n) {
                    ScoreSheet sheet;
                    sheet.criteriaId = setId;
                    sheet.subject = {unit, unit, QString(), QString()};
                    if (sheetsPerCommune > 1) {
                        sheet.period = QStringLiteral("K%1").arg(n, 4, 10, QLatin1Char('0'));
                    }
                    sheets.append(sheet);
                }
            }
            return setup
                ->create({0,
                          code,
                          QStringLiteral("Chỉ số CCHC qua mạng chập chờn %1").arg(m_campaigns),
                          QStringLiteral("par_index"),
                          *set,
                          {},
                          {},
                          QString(),
                          QString()},
                         sheets, QStringLiteral("quantri"), e)
                .has_value();
        },
        error);
    if (!written || !syncDirect(province, QStringLiteral("quantri"), error)) {
        return QString();
    }
    return code;
}

qint64 SyncWorld::sheetOf(Database& db, const QString& campaign, const QString& unit)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                                 "WHERE c.code = ? AND s.subject_code = ?"));
    query.addBindValue(campaign);
    query.addBindValue(unit);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString SyncWorld::uuidOf(Database& db, const QString& table, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QStringList SyncWorld::leaves()
{
    return {QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("2.1"), QStringLiteral("2.2")};
}

bool SyncWorld::score(Database& db, qint64 sheet, const QString& login, const QString& code,
                      const Decimal& points, QString* error)
{
    SheetEditor editor(db);
    LeafValue value;
    value.kind = LeafValue::Kind::Points;
    value.number = points;
    return editor.load(sheet, error)
        && editor.write({Stage::Self, code, value, QString()}, Role::SelfAssessor, login, error);
}

bool SyncWorld::putPerson(Database& province, const QString& code, const QString& name, const QString& unit,
                          QString* error)
{
    Table table;
    table.header = {QStringLiteral("Mã"), QStringLiteral("Họ và tên"), QStringLiteral("Mã đơn vị")};
    table.headerNumber = 1;
    table.appendRow({code, name, unit}, 2);
    const ImportPlan plan = CatalogueImport::planPeople(province.connection(), table);
    return CatalogueImport::apply(province, plan, Role::Administrator, QStringLiteral("quantri"), error);
}

QStringList SyncWorld::differences(Database& db, const QString& login)
{
    return SyncAgreement(m_province).differences(db, login);
}

QStringList SyncWorld::notExactlyOnce(Database& db)
{
    return SyncAgreement(m_province).notExactlyOnce(db);
}

QStringList SyncWorld::missing(const Expected& expected)
{
    return SyncAgreement(m_province).missing(expected);
}
