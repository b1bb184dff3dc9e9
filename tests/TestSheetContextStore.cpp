// What a score sheet belongs to, read once (stores/SheetContextStore): the sheet's subject, period,
// state and flags, its campaign with who approves it, and the campaign's criteria set. SheetEditor,
// SheetTransitions, EvidenceStore, SheetPrintoutSource and the demo all read it from here.

#include "SheetFixture.h"
#include "TestSupport.h"
#include "stores/SheetContextStore.h"

#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestSheetContextStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    SheetFixture m_fixture;

private Q_SLOTS:
    // A fresh database for each function.
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.emplace();
        QString error;
        const QString path
            = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY2(m_db->open(path, &error), qPrintable(error));
        m_fixture = SheetFixture();
        QVERIFY2(m_fixture.populate(*m_db, &error), qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void sheetCampaignAndCriteriaSet()
    {
        QString error;
        const auto context = SheetContextStore::load(m_db->connection(), m_fixture.sheet, &error);
        QVERIFY2(context, qPrintable(error));
        QCOMPARE(context->sheetId, m_fixture.sheet);
        QVERIFY(!context->uuid.isEmpty());
        QCOMPARE(context->subject.id, QStringLiteral("CV01"));
        QCOMPARE(context->subject.name, QStringLiteral("Nguyễn Thị Hoa"));
        QCOMPARE(context->subject.group, QStringLiteral("chuyenvien"));
        QCOMPARE(context->period, std::optional<QString>(QStringLiteral("2026-05")));
        QCOMPARE(context->state, SheetState::Draft);
        QVERIFY(context->flags.isEmpty());
        QCOMPARE(context->campaign.id, m_fixture.campaign);
        QCOMPARE(context->campaign.code, QStringLiteral("KT2026"));
        QCOMPARE(context->campaign.title, QStringLiteral("Đánh giá công chức 2026"));
        QCOMPARE(context->campaign.kind, QStringLiteral("staff"));
        QCOMPARE(context->campaign.periods, QStringList{QStringLiteral("2026-05")});
        QCOMPARE(context->criteriaSet.id, QStringLiteral("every-method"));
        QCOMPARE(context->criteriaSet.leaves().size(), 8);
        // The campaign is the one CampaignStore finds by its code.
        const auto found = CampaignStore::find(m_db->connection(), QStringLiteral("KT2026"), &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(context->campaign.criteriaSetRowId, found->criteriaSetRowId);
        QCOMPARE(context->campaign.deadlines, found->deadlines);
        QCOMPARE(context->campaign.approvers, found->approvers);
        // A staff campaign is approved by the unit head unless it names its approvers.
        QCOMPARE(context->campaign.policy().approvers(), QList<Role>{Role::UnitHead});
    }

    void approversNamedByTheCampaign()
    {
        QString error;
        QVERIFY2(CampaignStore::setApprovers(*m_db, QStringLiteral("KT2026"),
                                             {Role::CouncilChair, Role::Administrator}, Role::Administrator,
                                             QStringLiteral("admin"), &error),
                 qPrintable(error));
        const auto context = SheetContextStore::load(m_db->connection(), m_fixture.otherSheet, &error);
        QVERIFY2(context, qPrintable(error));
        QCOMPARE(context->subject.id, QStringLiteral("CV02"));
        QCOMPARE(context->campaign.policy().approvers(),
                 (QList<Role>{Role::CouncilChair, Role::Administrator}));
    }

    // A batch reads each criteria set once: the sets read are kept by their row.
    void criteriaSetsKeptForABatch()
    {
        QHash<qint64, CriteriaSet> sets;
        QString error;
        const auto first = SheetContextStore::load(m_db->connection(), m_fixture.sheet, &error, &sets);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.value(first->campaign.criteriaSetRowId).id, QStringLiteral("every-method"));
        const auto second = SheetContextStore::load(m_db->connection(), m_fixture.otherSheet, &error, &sets);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(sets.size(), 1);
        QCOMPARE(second->criteriaSet.id, first->criteriaSet.id);
    }

    void unknownSheet()
    {
        QString error;
        QVERIFY(!SheetContextStore::load(m_db->connection(), 987654, &error));
        QVERIFY2(error.contains(QLatin1String("987654")), qPrintable(error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSheetContextStore)
#include "TestSheetContextStore.moc"
