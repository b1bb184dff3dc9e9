#include "SyncClients.h"

#include "network/ServerConnection.h"
#include "services/CampaignSetup.h"
#include "services/SheetEditor.h"
#include "stores/CriteriaSetStore.h"

#include <QDir>
#include <QSqlQuery>

using namespace danhgia;

namespace {

int campaignsOpened = 0; // the server outlives the test functions: each campaign has a code of its own

} // namespace

std::unique_ptr<Database> SyncClients::open(const QString& name) const
{
    auto db = std::make_unique<Database>();
    QString error;
    if (!db->open(QDir(m_directory).filePath(name + QStringLiteral(".sqlite")), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return db;
}

QUrl SyncClients::serverUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_province.port()));
}

SyncSummary SyncClients::sync(Database& db, const QString& login, bool pullOnly, qint64 part) const
{
    ServerConnection connection(serverUrl(), ServerConnection::Options{});
    SyncSummary summary;
    if (!connection.signIn(login, QString::fromLatin1(ProvinceFixture::Password), &summary.error)) {
        return summary;
    }
    SyncEngine engine(db, connection);
    SyncEngine::Limits limits;
    limits.evidencePart = part;
    engine.setLimits(limits);
    if (pullOnly) {
        summary.completed = engine.pull(&summary);
        return summary;
    }
    return engine.run();
}

SyncSummary SyncClients::pushOnly(Database& db, const QString& login) const
{
    ServerConnection connection(serverUrl(), ServerConnection::Options{});
    SyncSummary summary;
    if (!connection.signIn(login, QString::fromLatin1(ProvinceFixture::Password), &summary.error)) {
        return summary;
    }
    SyncEngine engine(db, connection);
    summary.completed = engine.push(&summary);
    return summary;
}

QByteArray SyncClients::criteriaDocument(const QString& id)
{
    return QStringLiteral(
               R"({"format": "danhgia.criteria/1", "id": "%1", "version": 1,
"title": "Bộ tiêu chí cấp xã", "kind": "par_index", "decimals": 2,
"criteria": [{"code": "1", "title": "Lĩnh vực 1", "max": 10, "children": [
  {"code": "1.1", "title": "Tiêu chí 1.1", "max": 5, "method": {"type": "points"}, "evidence": "required"},
  {"code": "1.2", "title": "Tiêu chí 1.2", "max": 5, "method": {"type": "points"}}]}],
"grades": [{"code": "A", "title": "Nhóm A", "min": 90}, {"code": "B", "title": "Nhóm B", "min": 0}],
"flags": [{"code": "ky_luat", "title": "Bị kỷ luật", "unclassified": true}]})")
        .arg(id)
        .toUtf8();
}

QString SyncClients::openCampaign(Database& province)
{
    const SyncSummary first = sync(province, QStringLiteral("quantri"));
    if (!first.completed) {
        qWarning("%s", qPrintable(first.error));
        return QString();
    }
    const int number = ++campaignsOpened;
    const QString code = QStringLiteral("CCHC-MC-%1").arg(number);
    const QString setId = QStringLiteral("mc-2026-%1").arg(number);
    QString error;
    const bool written = province.transaction(
        [&](QString* e) {
            ValidationIssues issues;
            const auto set = CriteriaSetStore::import(province.connection(), criteriaDocument(setId),
                                                      QStringLiteral("quantri"), &issues, e);
            if (!set && e->isEmpty() && !issues.isEmpty()) {
                *e = issues.first().toText();
            }
            auto setup = set ? CampaignSetup::forCriteriaSet(province.connection(), *set, e) : std::nullopt;
            if (!setup) {
                return false;
            }
            QList<ScoreSheet> sheets;
            for (const QString& unit : {QStringLiteral("XCL"), QStringLiteral("XDD")}) {
                ScoreSheet sheet;
                sheet.criteriaId = setId;
                sheet.subject = {unit, unit, QString(), QString()};
                sheets.append(sheet);
            }
            return setup
                ->create({0,
                          code,
                          QStringLiteral("Chỉ số CCHC cấp xã %1").arg(number),
                          QStringLiteral("par_index"),
                          *set,
                          {},
                          {},
                          QString(),
                          QString()},
                         sheets, QStringLiteral("quantri"), e)
                .has_value();
        },
        &error);
    if (!written) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    const SyncSummary pushed = sync(province, QStringLiteral("quantri"));
    if (!pushed.completed || pushed.refused > 0 || pushed.conflicts > 0) {
        qWarning("%s", qPrintable(pushed.toText()));
        return QString();
    }
    return code;
}

qint64 SyncClients::sheetOf(Database& db, const QString& campaign, const QString& unit)
{
    return text(db,
                QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                               "WHERE c.code = '%1' AND s.subject_code = '%2'")
                    .arg(campaign, unit))
        .toLongLong();
}

bool SyncClients::score(Database& db, qint64 sheet, const QString& code, const QString& points,
                        QString* error)
{
    SheetEditor editor(db);
    LeafValue value;
    value.kind = LeafValue::Kind::Points;
    value.number = *Decimal::fromString(points);
    return editor.load(sheet, error)
        && editor.write({Stage::Self, code, value, QString()}, Role::SelfAssessor, QStringLiteral("xa"),
                        error);
}

QString SyncClients::text(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}
