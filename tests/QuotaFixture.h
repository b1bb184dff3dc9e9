#pragma once

// Civil servants of two communes scored in one campaign with the shipped civil-servant template,
// whose quota is counted per agency and task group (Decree 335): created through the core's
// stores as the app does. The January examples of cong-chuc, all in one task group:
//
//   XCL (UBND xã Chi Lăng)  CC01..CC05  proposed CC03 99.39, CC01 98, CC02 97.17, CC05 91.67;
//                                       HTTNV CC04: at 20% k = 0, at 30% k = 1 (CC03 keeps it)
//   XHL (UBND xã Hữu Lũng)  CC06..CC10  proposed CC10 100, CC06 97.57; no other HTTNV: k = 0
//
// Pooled over both communes the quota would let CC10 keep the grade (k = 1).

#include "CommuneCatalogue.h"
#include "TestSupport.h"
#include "criteria/CriteriaTemplates.h"
#include "database/Database.h"
#include "scoring/ScoreSheetReader.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QDate>
#include <QFile>

namespace danhgia::test {

class QuotaFixture
{
public:
    static QString campaign() { return QStringLiteral("T1-2026"); }
    static QString actor() { return QStringLiteral("Người chuẩn bị dữ liệu"); }

    static bool build(Database& db, QString* error)
    {
        return importCatalogue(db, error) && createSheets(db, error);
    }

private:
    static bool importCatalogue(Database& db, QString* error)
    {
        QStringList names;
        for (int i = 1; i <= 10; ++i) {
            names.append(QStringLiteral("Công chức %1").arg(i));
        }
        return importCommuneCatalogue(db, {}, names, actor(), error);
    }

    static bool createSheets(Database& db, QString* error)
    {
        QFile shipped(CriteriaTemplates::path(QStringLiteral("cong-chuc-2026")));
        if (!shipped.open(QIODevice::ReadOnly)) {
            *error = shipped.errorString();
            return false;
        }
        const QByteArray document = shipped.readAll();
        return db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(db.connection(), document, actor(), &issues, e);
                if (!set) {
                    return false;
                }
                const auto created = CampaignStore::ensure(db.connection(),
                                                           {0,
                                                            campaign(),
                                                            QStringLiteral("Đánh giá tháng 01/2026"),
                                                            QStringLiteral("staff"),
                                                            *set,
                                                            {},
                                                            {QDate(2999, 12, 31), QDate(), QDate()},
                                                            QString(),
                                                            QString()},
                                                           actor(), e);
                if (!created) {
                    return false;
                }
                for (int i = 1; i <= 10; ++i) {
                    const QString subject = QStringLiteral("CC%1").arg(i, 2, 10, QLatin1Char('0'));
                    const ScoreSheet sheet = ScoreSheetReader::read(
                        readData(QStringLiteral("examples/cong-chuc/%1-2026-01.scores.json").arg(subject)),
                        &issues);
                    if (!SheetStore::save(db.connection(), created->id, sheet, actor(), QString(), e)) {
                        return false;
                    }
                }
                return true;
            },
            error);
    }
};

} // namespace danhgia::test
