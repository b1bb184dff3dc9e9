// The database commands of danhgia-cli end to end: a new database, the contract's example
// criteria sets and sheets imported, the results exported and compared with the expected files;
// audit verification catching an edited row; a bad import writing nothing; backup and restore.
// Each function works on a copy of its own of a database with the example criteria sets, and
// imports the sheets it needs.

#include "CliRunner.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "tabular/TabularReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

QStringList examples(const QString& folder, const QString& filter)
{
    const QDir dir(dataPath(QStringLiteral("examples/") + folder));
    QStringList paths;
    for (const QString& name : dir.entryList({filter}, QDir::Files, QDir::Name)) {
        paths.append(dir.filePath(name));
    }
    return paths;
}

// Compares an exported CSV with an expected output of the contract: per subject and period,
// total, max, index, grade, rank and quota.
void compareExport(const QString& csvPath, const QString& expectedName)
{
    QString error;
    const auto table = TabularReader::read(csvPath, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(
        table->header.mid(0, 9),
        (QStringList{QStringLiteral("subject_id"), QStringLiteral("subject_name"), QStringLiteral("period"),
                     QStringLiteral("total"), QStringLiteral("max"), QStringLiteral("index"),
                     QStringLiteral("grade"), QStringLiteral("rank"), QStringLiteral("quota")}));
    QHash<QString, QStringList> rows;
    for (const QStringList& row : table->rows) {
        rows.insert(row.value(0) + QLatin1Char('|') + row.value(2), row);
    }
    const QJsonObject expected
        = QJsonDocument::fromJson(readData(QStringLiteral("examples/") + expectedName)).object();
    const QJsonArray results = expected.value(QStringLiteral("results")).toArray();
    QCOMPARE(table->rows.size(), results.size());
    for (const QJsonValue& value : results) {
        const QJsonObject r = value.toObject();
        QString period;
        if (r.value(QStringLiteral("period")).isArray()) {
            QStringList periods;
            for (const QJsonValue& p : r.value(QStringLiteral("period")).toArray()) {
                periods.append(p.toString());
            }
            period = periods.join(QLatin1Char(';'));
        } else {
            period = r.value(QStringLiteral("period")).toString();
        }
        const QString key = r.value(QStringLiteral("subject")).toString() + QLatin1Char('|') + period;
        QVERIFY2(rows.contains(key), qPrintable(key));
        const QStringList row = rows.value(key);
        QCOMPARE(row[3].toDouble(), r.value(QStringLiteral("total")).toDouble());
        QCOMPARE(row[4].toDouble(), r.value(QStringLiteral("max")).toDouble());
        QCOMPARE(row[5].toDouble(), r.value(QStringLiteral("index")).toDouble());
        QCOMPARE(row[6], r.value(QStringLiteral("grade")).toString());
        QCOMPARE(row[7].toInt(), r.value(QStringLiteral("rank")).toInt());
        QCOMPARE(row[8], r.value(QStringLiteral("quota")).toString());
    }
}

} // namespace

class TestCliDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_criteriaOnly; // a new database with the example criteria sets
    int m_copies = 0;
    QString m_db; // the current function's copy of it

    // The example sheets of `folder` imported into the campaign `campaign` by the CLI.
    bool importSheets(const QString& campaign, const QString& folder, const QString& filter, QString* error)
    {
        const CliRun imported
            = runCli(QStringList{QStringLiteral("import"), QStringLiteral("sheets"), QStringLiteral("--db"),
                                 m_db, QStringLiteral("--campaign"), campaign}
                     + examples(folder, filter));
        *error = imported.err;
        return imported.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_criteriaOnly = m_dir.filePath(QStringLiteral("tieu-chi.sqlite"));
        QCOMPARE(runCli({QStringLiteral("db"), QStringLiteral("init"), m_criteriaOnly}).exitCode, 0);
        const CliRun sets = runCli(QStringList{QStringLiteral("import"), QStringLiteral("criteria"),
                                               QStringLiteral("--db"), m_criteriaOnly}
                                   + examples(QString(), QStringLiteral("*.criteria.json")));
        QVERIFY2(sets.exitCode == 0, qPrintable(sets.err));
    }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("tinh-%1.sqlite").arg(++m_copies));
        QVERIFY(QFile::copy(m_criteriaOnly, m_db));
    }

    void importAndExportReproduceExpected_data()
    {
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QStringList>("sheets");
        QTest::addColumn<bool>("aggregate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cchc") << QStringLiteral("CCHC-2026")
                              << examples(QStringLiteral("cchc"), QStringLiteral("*.scores.json")) << false
                              << QStringLiteral("cchc/expected.json");
        QTest::newRow("cntt") << QStringLiteral("CNTT-2026")
                              << examples(QStringLiteral("cntt"), QStringLiteral("*.scores.json")) << false
                              << QStringLiteral("cntt/expected.json");
        QTest::newRow("cong-chuc quarter")
            << QStringLiteral("CC-Q1-2026")
            << examples(QStringLiteral("cong-chuc"), QStringLiteral("*.scores.json")) << true
            << QStringLiteral("cong-chuc/expected-quarter.json");
        QTest::newRow("cong-chuc January")
            << QStringLiteral("CC-01-2026")
            << examples(QStringLiteral("cong-chuc"), QStringLiteral("*-2026-01.scores.json")) << false
            << QStringLiteral("cong-chuc/expected-2026-01.json");
    }

    void importAndExportReproduceExpected()
    {
        QFETCH(QString, campaign);
        QFETCH(QStringList, sheets);
        QFETCH(bool, aggregate);
        QFETCH(QString, expected);
        const CliRun imported
            = runCli(QStringList{QStringLiteral("import"), QStringLiteral("sheets"), QStringLiteral("--db"),
                                 m_db, QStringLiteral("--campaign"), campaign}
                     + sheets);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString csv = m_dir.filePath(campaign + QStringLiteral(".csv"));
        QStringList exportArgs{QStringLiteral("export"),     QStringLiteral("results"),
                               QStringLiteral("--db"),       m_db,
                               QStringLiteral("--campaign"), campaign,
                               QStringLiteral("--csv"),      csv};
        if (aggregate) {
            exportArgs.append(QStringLiteral("--aggregate"));
        }
        const CliRun exported = runCli(exportArgs);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(3) == QByteArray("\xEF\xBB\xBF")); // UTF-8 with BOM
        compareExport(csv, expected);
    }

    // The workbook is for people: the quota column says in Vietnamese what the quota did; the CSV
    // (for machines) keeps the codes of the contract.
    void workbookWritesTheQuotaInWords()
    {
        QString error;
        QVERIFY2(importSheets(QStringLiteral("CC-01-2026"), QStringLiteral("cong-chuc"),
                              QStringLiteral("*-2026-01.scores.json"), &error),
                 qPrintable(error));
        const QString xlsx = m_dir.filePath(QStringLiteral("ket-qua.xlsx"));
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("results"),
                                        QStringLiteral("--db"), m_db, QStringLiteral("--campaign"),
                                        QStringLiteral("CC-01-2026"), QStringLiteral("--xlsx"), xlsx});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const auto table = TabularReader::read(xlsx, &error);
        QVERIFY2(table, qPrintable(error));
        const auto quota = table->header.indexOf(QStringLiteral("Tỷ lệ tối đa"));
        QVERIFY2(quota >= 0, qPrintable(table->header.join(QLatin1Char('|'))));
        QSet<QString> statuses;
        for (const QStringList& row : table->rows) {
            statuses.insert(row.value(quota));
        }
        QCOMPARE(statuses,
                 (QSet<QString>{QString(), QStringLiteral("Trong tỷ lệ tối đa"),
                                QStringLiteral("Vượt tỷ lệ tối đa, xếp loại thấp hơn một mức")}));

        const QString csv = m_dir.filePath(QStringLiteral("ket-qua.csv"));
        QCOMPARE(
            runCli({QStringLiteral("export"), QStringLiteral("results"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--campaign"), QStringLiteral("CC-01-2026"), QStringLiteral("--csv"), csv})
                .exitCode,
            0);
        const auto machine = TabularReader::read(csv, &error);
        QVERIFY2(machine, qPrintable(error));
        QSet<QString> codes;
        for (const QStringList& row : machine->rows) {
            codes.insert(row.value(8));
        }
        QCOMPARE(codes, (QSet<QString>{QString(), QStringLiteral("within"), QStringLiteral("demoted")}));
    }

    // Sheets exported from the database score exactly as the files they were imported from.
    void exportedSheetsRoundTrip()
    {
        QString error;
        QVERIFY2(importSheets(QStringLiteral("CNTT-2026"), QStringLiteral("cntt"),
                              QStringLiteral("*.scores.json"), &error),
                 qPrintable(error));
        const QString folder = m_dir.filePath(QStringLiteral("phieu"));
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("sheets"),
                                        QStringLiteral("--db"), m_db, QStringLiteral("--campaign"),
                                        QStringLiteral("CNTT-2026"), QStringLiteral("--dir"), folder});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QStringList sheets;
        for (const QString& name :
             QDir(folder).entryList({QStringLiteral("*.scores.json")}, QDir::Files, QDir::Name)) {
            sheets.append(QDir(folder).filePath(name));
        }
        QCOMPARE(sheets.size(), 6);
        const CliRun scored
            = runCli(QStringList{QStringLiteral("score"), QStringLiteral("--criteria"),
                                 dataPath(QStringLiteral("examples/ung-dung-cntt-2026.criteria.json"))}
                     + sheets);
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        const QJsonObject expected
            = QJsonDocument::fromJson(readData(QStringLiteral("examples/cntt/expected.json"))).object();
        QHash<QString, double> indexes;
        for (const QJsonValue& r : scored.json().object().value(QStringLiteral("results")).toArray()) {
            indexes.insert(r.toObject().value(QStringLiteral("subject")).toString(),
                           r.toObject().value(QStringLiteral("index")).toDouble());
        }
        for (const QJsonValue& r : expected.value(QStringLiteral("results")).toArray()) {
            QCOMPARE(indexes.value(r.toObject().value(QStringLiteral("subject")).toString()),
                     r.toObject().value(QStringLiteral("index")).toDouble());
        }
    }

    void badImportWritesNothing()
    {
        const qint64 before = countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QVERIFY(before > 0);
        QByteArray broken = readData(QStringLiteral("examples/cchc/SNV.scores.json"));
        broken.replace("\"done\": 120,\n   \"total\": 120", "\"done\": 130,\n   \"total\": 120");
        const QString path = m_dir.filePath(QStringLiteral("SNV-loi.scores.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
        file.close();
        const CliRun run = runCli(
            QStringList{QStringLiteral("import"), QStringLiteral("sheets"), QStringLiteral("--db"), m_db,
                        QStringLiteral("--campaign"), QStringLiteral("CCHC-LOI"),
                        examples(QStringLiteral("cchc"), QStringLiteral("SGDDT.scores.json")).first(), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("SNV-loi.scores.json")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1.1.2")), qPrintable(run.err));
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox")), before);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE code = 'CCHC-LOI'")),
                 0);
    }

    void backupRestoreAndAudit()
    {
        QString error;
        QVERIFY2(importSheets(QStringLiteral("CCHC-2026"), QStringLiteral("cchc"),
                              QStringLiteral("*.scores.json"), &error),
                 qPrintable(error));
        const CliRun verified
            = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        const QString backup = m_dir.filePath(QStringLiteral("sao-luu.sqlite"));
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, backup}).exitCode, 0);

        // Someone edits a score in the audit trail behind the program's back.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET new_value = '{}' WHERE id = 5")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const CliRun broken
            = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.out.isEmpty());
        QVERIFY2(broken.err.contains(QStringLiteral("5")), qPrintable(broken.err));

        // Restoring the backup brings back a trail that verifies.
        const CliRun restored = runCli({QStringLiteral("restore"), QStringLiteral("--db"), m_db, backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db})
                     .exitCode,
                 0);
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("results"), QStringLiteral("--db"), m_db})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("sheets"), QStringLiteral("--db"), m_db})
                     .exitCode,
                 2);
        const CliRun missing
            = runCli({QStringLiteral("export"), QStringLiteral("results"), QStringLiteral("--db"),
                      m_dir.filePath(QStringLiteral("khong-co.sqlite")), QStringLiteral("--campaign"),
                      QStringLiteral("X"), QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains(QStringLiteral("khong-co.sqlite")));
        const CliRun unknownCampaign
            = runCli({QStringLiteral("export"), QStringLiteral("results"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--campaign"), QStringLiteral("KHONG-CO"), QStringLiteral("--csv"),
                      m_dir.filePath(QStringLiteral("y.csv"))});
        QCOMPARE(unknownCampaign.exitCode, 1);
        QVERIFY(unknownCampaign.err.contains(QStringLiteral("KHONG-CO")));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliDatabase)
#include "TestCliDatabase.moc"
