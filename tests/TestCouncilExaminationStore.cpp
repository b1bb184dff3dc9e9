// The examination of an interview council in the database (stores/CouncilExaminationStore,
// schema 7): saved with its council in one transaction, read back, refused whole when it does not
// fit the council or the role may not set up councils; a database of schema 6 upgraded with its
// councils intact.

#include "RowCount.h"
#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "councils/CouncilPresets.h"
#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "stores/CouncilExaminationStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

using Kind = RecruitmentPart::Kind;

CouncilRecord record()
{
    CouncilRecord council;
    council.session = CouncilPresets::newSession(QStringLiteral("Sát hạch công chức 2026"),
                                                 CouncilPresets::all().first(), dec("50"));
    council.session.members
        = {{QStringLiteral("TV01"), QStringLiteral("Hoàng Văn Thụ"), QStringLiteral("chu_tich")},
           {QStringLiteral("TV02"), QStringLiteral("Bế Thị Hoa"), QStringLiteral("truong_ban")}};
    council.session.candidates = {{QStringLiteral("TS01"), QStringLiteral("Nông Văn An"), {}, std::nullopt}};
    return council;
}

CouncilExamination examination()
{
    CouncilExamination exam;
    exam.parts = {{Kind::Written, dec("100")}, {Kind::Interview, dec("100")}};
    exam.entries = {{QStringLiteral("TS01"), dec("5"), {{Kind::Written, dec("45")}}}};
    return exam;
}

} // namespace

class TestCouncilExaminationStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("exam.sqlite"));
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void savedWithItsCouncilAndReadBack()
    {
        QString error;
        const auto id = CouncilExaminationStore::save(*m_db, record(), examination(), Role::CouncilSecretary,
                                                      QStringLiteral("Thư ký"), &error);
        QVERIFY2(id, qPrintable(error));
        const auto exam = CouncilExaminationStore::load(m_db->connection(), *id, &error);
        QVERIFY2(exam, qPrintable(error));
        QCOMPARE(exam->toJson(), examination().toJson());
        QCOMPARE(
            countRows(m_path,
                      QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'council_examinations'")),
            1);
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM council_sessions")), 1);
    }

    void aCouncilWithoutExaminationHasNoParts()
    {
        QString error;
        const auto exam = CouncilExaminationStore::load(m_db->connection(), 42, &error);
        QVERIFY2(exam, qPrintable(error));
        QVERIFY(exam->parts.isEmpty());
    }

    void aWrongExaminationWritesNothing()
    {
        CouncilExamination exam = examination();
        exam.entries[0].scores.insert(Kind::Written, dec("101"));
        QString error;
        QVERIFY(!CouncilExaminationStore::save(*m_db, record(), exam, Role::CouncilSecretary,
                                               QStringLiteral("Thư ký"), &error));
        QVERIFY2(error.contains(QStringLiteral("TS01")), qPrintable(error));
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM council_sessions")), 0);
    }

    void aWrongCouncilWritesNoExamination()
    {
        CouncilRecord council = record();
        council.session.title.clear();
        QString error;
        QVERIFY(!CouncilExaminationStore::save(*m_db, council, CouncilExamination(), Role::CouncilSecretary,
                                               QStringLiteral("Thư ký"), &error));
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM council_examinations")), 0);
    }

    void aRoleThatMayNotSetUpIsRefused()
    {
        QString error;
        QVERIFY(!CouncilExaminationStore::save(*m_db, record(), examination(), Role::SelfAssessor,
                                               QStringLiteral("Cán bộ"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM council_sessions")), 0);
    }

    void schemaFiveIsUpgradedWithItsCouncils()
    {
        m_db.reset();
        const QString path = m_dir->filePath(QStringLiteral("schema-5.sqlite"));
        {
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema5"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            for (int version = 1; version <= 6; ++version) {
                for (const QString& statement : SchemaMigrations::statements(version)) {
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                }
            }
            for (const char* statement : {"PRAGMA user_version = 6",
                                          "INSERT INTO council_sessions (title, document, uuid) VALUES "
                                          "('Cũ', '{\"format\":\"danhgia.council/1\"}', 'council-1')"}) {
                QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
            }
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema5"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(db.connection(), &error), SchemaMigrations::latestVersion());
        QVERIFY(SchemaMigrations::statements(7)
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("council_examinations")));
        QCOMPARE(countRows(path, QStringLiteral("SELECT COUNT(*) FROM council_sessions")), 1);
        QCOMPARE(countRows(path, QStringLiteral("SELECT COUNT(*) FROM council_examinations")), 0);
        const auto exam = CouncilExaminationStore::load(db.connection(), 1, &error);
        QVERIFY2(exam && exam->parts.isEmpty(), qPrintable(error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCouncilExaminationStore)
#include "TestCouncilExaminationStore.moc"
