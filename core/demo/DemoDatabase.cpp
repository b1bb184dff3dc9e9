#include "demo/DemoDatabase.h"

#include "queries/Listings.h"

#include "database/Database.h"
#include "demo/DemoCatalogue.h"
#include "demo/DemoCouncil.h"
#include "demo/DemoParCampaign.h"
#include "demo/DemoSheetValues.h"
#include "demo/DemoSteps.h"
#include "services/CatalogueImport.h"
#include "stores/StoredDocumentSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace danhgia {

namespace {

bool importCatalogue(Database& db, QString* error)
{
    const ImportPlan units = CatalogueImport::planUnits(db.connection(), DemoCatalogue::units());
    const ImportPlan people = CatalogueImport::planPeople(db.connection(), DemoCatalogue::people(), {units});
    return CatalogueImport::apply(db, QList<ImportPlan>{units, people}, Role::Administrator,
                                  DemoSteps::administrator(), error);
}

// Three months of monthly scores of the 40 people: September and October approved, November
// spread over draft, submitted, appraised and approved.
bool createStaffCampaign(Database& db, DemoSheetValues& values, QString* error)
{
    auto setup = DemoSteps::importSet(db, QStringLiteral(":/criteria/cong-chuc-2026.criteria.json"), error);
    if (!setup) {
        return false;
    }
    const CriteriaSet& set = setup->criteriaSet();
    const QStringList periods{QStringLiteral("2026-09"), QStringLiteral("2026-10"),
                              QStringLiteral("2026-11")};
    CampaignRecord record;
    record.code = QString::fromLatin1(DemoDatabase::StaffCampaign);
    record.title = QStringLiteral("Đánh giá, xếp loại công chức hằng tháng, quý IV năm 2026");
    record.periods = periods;
    record.deadlines.classification = QDate(2026, 12, 15);
    const auto campaign = setup->create(record, {}, DemoSteps::administrator(), error);
    if (!campaign) {
        return false;
    }
    const Table people = DemoCatalogue::people();
    for (int i = 0; i < people.rowCount(); ++i) {
        const QStringList& row = people.rows.at(i);
        const int quality = values.between(58, 99);
        const QString selfActor = DemoSteps::selfAssessor(row.at(1));
        for (const QString& period : periods) {
            ScoreSheet sheet;
            sheet.criteriaId = set.id;
            sheet.subject = {row.at(0), row.at(1), row.at(4), QString()};
            sheet.period = period;
            values.fill(set, quality, sheet);
            const SheetState target
                = period == periods.last() ? SheetStates::all().at(i % 4) : SheetState::Approved;
            const auto sheetId = setup->addSheet(sheet, selfActor, QString(), error);
            if (!sheetId
                || !DemoSteps::advance(db, *sheetId, SheetState::Draft,
                                       std::min(target, SheetState::Submitted), selfActor, error)) {
                return false;
            }
            if (target >= SheetState::Appraised
                && (!DemoSteps::appraise(db, values, campaign->id, set, sheet, i % 5 == 0 ? 1 : 0, error)
                    || !DemoSteps::advance(db, *sheetId, SheetState::Submitted, target, selfActor, error))) {
                return false;
            }
        }
    }
    return true;
}

// What the Sở Nội vụ prints on its documents: who signs, on what basis, to whom they go. The
// keys are those of DocumentSettings' JSON; the header fields come from the catalogue.
bool storeDocumentSettings(Database& db, QString* error)
{
    const QJsonObject signer{{QStringLiteral("authority"), QStringLiteral("KT. Giám đốc")},
                             {QStringLiteral("title"), QStringLiteral("Phó Giám đốc")},
                             {QStringLiteral("name"), QStringLiteral("Lương Thị Hồng Nhung")}};
    const QJsonObject settings{
        {QStringLiteral("signer"), signer},
        {QStringLiteral("basis"),
         QStringLiteral("Căn cứ Nghị định số 335/2025/NĐ-CP của Chính phủ về đánh giá, xếp loại chất lượng "
                        "công chức\n"
                        "Căn cứ Quyết định của Ủy ban nhân dân tỉnh Lạng Sơn quy định chức năng, nhiệm vụ, "
                        "quyền hạn và cơ cấu tổ chức của Sở Nội vụ")},
        {QStringLiteral("recipients"),
         QJsonArray{QStringLiteral("UBND tỉnh (để báo cáo)"), QStringLiteral("Giám đốc, các Phó Giám đốc Sở"),
                    QStringLiteral("Các phòng, đơn vị thuộc Sở"), QStringLiteral("Lưu: VT, CCVC")}},
    };
    return StoredDocumentSettings::save(db, QStringLiteral("SNV"), settings, DemoSteps::administrator(),
                                        error);
}

} // namespace

bool DemoDatabase::populate(Database& db, QString* error)
{
    QString detail;
    const auto units = Listings::units(db.connection(), &detail);
    if (!units) {
        *error = tr("The database cannot be read: %1").arg(detail);
        return false;
    }
    if (!units->isEmpty()) {
        *error = tr("The demo data goes only into an empty database; %1 already has units.")
                     .arg(QFileInfo(db.path()).fileName());
        return false;
    }
    // A fixed seed: the same demo on every machine.
    DemoSheetValues values(20261122U);
    return importCatalogue(db, error) && createStaffCampaign(db, values, error)
        && DemoParCampaign::create(db, values, error) && DemoCouncil::create(db, error)
        && storeDocumentSettings(db, error);
}

bool DemoDatabase::create(const QString& path, QString* error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("The demo database %1 exists already.").arg(path);
        return false;
    }
    Database db;
    if (!db.open(path, error)) {
        return false;
    }
    // A new file that nobody relies on yet: if the machine stops half-way, it is made again.
    // Without a disk flush per transaction, the demo takes a second instead of many.
    db.setDurableCommits(false);
    const bool populated = populate(db, error);
    db.setDurableCommits(true);
    if (!populated) {
        db.close();
        QFile::remove(path);
    }
    return populated;
}

} // namespace danhgia
