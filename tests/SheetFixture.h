#pragma once

// A database with one campaign over tests/data/sheet/every-method.criteria.json (one leaf per
// scoring method) and two sheets: CV01, empty, the one the tests fill in; CV02, whose value
// of the relative leaf 2.3 (8) is the best CV01 is compared with until CV01 gives more.
//
// With the values of everyValue(), CV01 scores 20.5 + 63.96 = 84.46 of 100: HTTNV.

#include "TestSupport.h"
#include "database/Database.h"
#include "scoring/ScoreSheet.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

namespace danhgia::test {

struct SheetFixture
{
    qint64 campaign = 0;
    qint64 sheet = 0; // CV01
    qint64 otherSheet = 0; // CV02

    bool populate(Database& db, QString* error)
    {
        return db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(
                    db.connection(), readData(QStringLiteral("sheet/every-method.criteria.json")),
                    QStringLiteral("admin"), &issues, e);
                const auto record = set ? CampaignStore::ensure(db.connection(),
                                                                {0,
                                                                 QStringLiteral("KT2026"),
                                                                 QStringLiteral("Đánh giá công chức 2026"),
                                                                 QStringLiteral("staff"),
                                                                 *set,
                                                                 {QStringLiteral("2026-05")},
                                                                 {},
                                                                 QString(),
                                                                 QString()},
                                                                QStringLiteral("admin"), e)
                                        : std::nullopt;
                if (!record) {
                    return false;
                }
                campaign = record->id;
                ScoreSheet own;
                own.criteriaId = QStringLiteral("every-method");
                own.subject = {QStringLiteral("CV01"), QStringLiteral("Nguyễn Thị Hoa"),
                               QStringLiteral("chuyenvien"), QString()};
                own.period = QStringLiteral("2026-05");
                ScoreSheet other = own;
                other.subject = {QStringLiteral("CV02"), QStringLiteral("Trần Văn Bình"),
                                 QStringLiteral("chuyenvien"), QString()};
                other.setValue(QStringLiteral("2.3"), value(8));
                const auto first
                    = SheetStore::save(db.connection(), campaign, own, QStringLiteral("admin"), {}, e);
                const auto second = first
                    ? SheetStore::save(db.connection(), campaign, other, QStringLiteral("admin"), {}, e)
                    : std::nullopt;
                sheet = first.value_or(0);
                otherSheet = second.value_or(0);
                return second.has_value();
            },
            error);
    }

    static LeafValue points(const char* text)
    {
        LeafValue v;
        v.kind = LeafValue::Kind::Points;
        v.number = *Decimal::fromString(QString::fromLatin1(text));
        return v;
    }
    static LeafValue yes(bool answer)
    {
        LeafValue v;
        v.kind = LeafValue::Kind::YesNo;
        v.yes = answer;
        return v;
    }
    static LeafValue level(qint64 index)
    {
        LeafValue v;
        v.kind = LeafValue::Kind::Level;
        v.level = index;
        return v;
    }
    static LeafValue count(qint64 items)
    {
        LeafValue v;
        v.kind = LeafValue::Kind::Count;
        v.count = items;
        return v;
    }
    static LeafValue ratio(qint64 done, qint64 total)
    {
        LeafValue v;
        v.kind = LeafValue::Kind::Ratio;
        v.done = done;
        v.total = total;
        return v;
    }
    static LeafValue value(qint64 number)
    {
        LeafValue v;
        v.kind = LeafValue::Kind::Value;
        v.number = Decimal::fromInt(number);
        return v;
    }
    static LeafValue notApplicable()
    {
        LeafValue v;
        v.kind = LeafValue::Kind::NotApplicable;
        return v;
    }
    // Two tasks of weight 1, both done, the second with one quality failure: 23.96 of 25.
    static LeafValue tasks()
    {
        LeafValue v;
        v.kind = LeafValue::Kind::Tasks;
        v.items = {{QStringLiteral("Báo cáo tháng"), Decimal::fromInt(1), true, 0, 0, false},
                   {QStringLiteral("Thẩm định hồ sơ"), Decimal::fromInt(1), true, 1, 0, false}};
        return v;
    }

    // One value per leaf: 8.5, yes, level 1 (7.5), 1 item (-0.5), 9/10 (15), 3/4 (15), 10 (10), tasks.
    static QList<QPair<QString, LeafValue>> everyValue()
    {
        return {{QStringLiteral("1.1"), points("8.5")}, {QStringLiteral("1.2"), yes(true)},
                {QStringLiteral("1.3"), level(1)},      {QStringLiteral("1.4"), count(1)},
                {QStringLiteral("2.1"), ratio(9, 10)},  {QStringLiteral("2.2"), ratio(3, 4)},
                {QStringLiteral("2.3"), value(10)},     {QStringLiteral("2.4"), tasks()}};
    }
};

} // namespace danhgia::test
