// "danhgia-cli import people" from Excel 97-2003 workbooks (.xls): a Unicode list whose codes are
// text ("001"), and a list typed in the .VnTime font (TCVN3), first with --dry-run (nothing
// written), then for real. The fixtures and how they were made: see tests/TestTabularXls.cpp.
// Messages are checked in English (the source text).

#include "CliRunner.h"
#include "RowCount.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QByteArray UnitsCsv("Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n"
                          "LS,UBND tỉnh Lạng Sơn,tỉnh,\n"
                          "SNV,Sở Nội vụ,sở,LS\n"
                          "PTC,Phòng Tổ chức cán bộ,phòng,SNV\n");

QString textValue(const QString& dbPath, const QString& sql)
{
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("text"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                text = query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("text"));
    return text;
}

CliRun import(const QString& what, const QString& db, const QString& file, const QStringList& options = {})
{
    return runCli(QStringList{QStringLiteral("import"), what, QStringLiteral("--db"), db} + options
                      + QStringList{file},
                  QByteArrayLiteral("en"));
}

} // namespace

class TestCliImportXls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A new database with the units LS, SNV and PTC.
    QString databaseWithUnits(const QString& name)
    {
        const QString db = m_dir.filePath(name);
        const CliRun init = runCli({QStringLiteral("db"), QStringLiteral("init"), db});
        if (init.exitCode != 0) {
            qFatal("db init failed: %s", qPrintable(init.err));
        }
        const QString units = m_dir.filePath(name + QStringLiteral(".units.csv"));
        QFile file(units);
        if (!file.open(QIODevice::WriteOnly) || file.write(UnitsCsv) != UnitsCsv.size()) {
            qFatal("cannot write %s", qPrintable(units));
        }
        file.close();
        const CliRun run = import(QStringLiteral("units"), db, units);
        if (run.exitCode != 0) {
            qFatal("units import failed: %s", qPrintable(run.err));
        }
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dryRunThenImport()
    {
        const QString db = databaseWithUnits(QStringLiteral("tinh.sqlite"));
        const QString list = dataPath(QStringLiteral("tabular/people.xls"));
        const qint64 outbox = countRows(db, QStringLiteral("SELECT COUNT(*) FROM outbox"));

        const CliRun dry = import(QStringLiteral("people"), db, list, {QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(QString::fromUtf8(dry.out),
                 QStringLiteral("File \"%1\" (UTF-8):\n"
                                "  row 2: create 001 «Nguyễn Văn An»\n"
                                "  row 3: create 002 «Trần Thị Bích Ngọc»\n"
                                "  row 4: create 010 «Lê Hoàng Đức»\n"
                                "People from \"people.xls\": 3 created, 0 updated, 0 unchanged, 0 rejected\n"
                                "Dry run: nothing was written.\n")
                     .arg(list));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM people")), 0);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox);

        const CliRun run = import(QStringLiteral("people"), db, list);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(
            QString::fromUtf8(run.out),
            QStringLiteral("People from \"people.xls\": 3 created, 0 updated, 0 unchanged, 0 rejected\n"));
        QCOMPARE(textValue(
                     db,
                     QStringLiteral("SELECT p.full_name || '|' || u.code || '|' || p.is_leader FROM people p "
                                    "JOIN units u ON u.id = p.unit_id WHERE p.code = '001'")),
                 QStringLiteral("Nguyễn Văn An|SNV|1"));
        QCOMPARE(textValue(db, QStringLiteral("SELECT position FROM people WHERE code = '010'")),
                 QStringLiteral("Trưởng phòng"));
    }

    void legacyFontList()
    {
        const QString db = databaseWithUnits(QStringLiteral("tcvn3.sqlite"));
        const QString list = dataPath(QStringLiteral("tabular/people-tcvn3.xls"));
        const CliRun dry = import(QStringLiteral("people"), db, list, {QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains("(TCVN3 (ABC)):\n  row 2: create P1 «Nguyễn Văn Á»\n"),
                 dry.out.constData());
        QVERIFY(dry.out.contains("row 4: create P3 «Lê Thị Bích Ngọc»"));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM people")), 0);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliImportXls)
#include "TestCliImportXls.moc"
