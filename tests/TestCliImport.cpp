// "danhgia-cli import units|people" end to end: lists in CSV (UTF-8, TCVN3) and .xlsx imported
// into a new database, imported again (all unchanged) and with a changed name (one update); a
// malformed list (bad bytes, a missing column, a duplicate person, an unknown unit, a bad leader
// value) reporting every problem with its row and column and writing nothing; --dry-run.
// Messages are checked in English (the source text), so that translating them breaks nothing.

#include "CliRunner.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "tabular/XlsxWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QByteArray UnitsCsv("\xEF\xBB\xBFMã đơn vị;Tên đơn vị;Loại;Mã đơn vị cấp trên\r\n"
                          "LS;UBND tỉnh Lạng Sơn;tỉnh;\r\n"
                          "SNV;Sở Nội vụ;sở;LS\r\n"
                          "XCL;Ủy ban nhân dân xã Chi Lăng;xã;LS\r\n"
                          "PTC;Phòng Tổ chức cán bộ;phòng;SNV\r\n");

QString unknownUnit(const QString& code)
{
    return QStringLiteral("the unit \"%1\" is not in the list of units (neither in the database nor in an "
                          "earlier row)")
        .arg(code);
}

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

QString name(const QString& path)
{
    return QFileInfo(path).fileName();
}

// Units, people and outbox rows.
QList<qint64> counts(const QString& dbPath)
{
    return {countRows(dbPath, QStringLiteral("SELECT COUNT(*) FROM units")),
            countRows(dbPath, QStringLiteral("SELECT COUNT(*) FROM people")),
            countRows(dbPath, QStringLiteral("SELECT COUNT(*) FROM outbox"))};
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString& name)
    {
        return m_dir.filePath(QString::number(++m_files) + QLatin1Char('-') + name);
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString file = path(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(file));
        }
        return file;
    }

    QString writeXlsx(const QString& name, const QList<QStringList>& rows)
    {
        const QString file = path(name);
        XlsxWriter writer(file);
        writer.addSheet(QStringLiteral("Cán bộ"));
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows[r].size(); ++c) {
                writer.writeText(r, c, rows[r][c]);
            }
        }
        if (!writer.close()) {
            qFatal("cannot write %s", qPrintable(file));
        }
        return file;
    }

    QString newDatabase()
    {
        const QString db = path(QStringLiteral("tinh.sqlite"));
        const CliRun init = runCli({QStringLiteral("db"), QStringLiteral("init"), db});
        if (init.exitCode != 0) {
            qFatal("db init failed: %s", qPrintable(init.err));
        }
        return db;
    }

    static CliRun import(const QString& what, const QString& db, const QStringList& files,
                         const QStringList& options = {},
                         const QByteArray& language = QByteArrayLiteral("en"))
    {
        return runCli(QStringList{QStringLiteral("import"), what, QStringLiteral("--db"), db} + options
                          + files,
                      language);
    }

    // A database with the units of UnitsCsv.
    QString databaseWithUnits()
    {
        const QString db = newDatabase();
        const CliRun run
            = import(QStringLiteral("units"), db, {writeFile(QStringLiteral("donvi.csv"), UnitsCsv)});
        if (run.exitCode != 0) {
            qFatal("units import failed: %s", qPrintable(run.err));
        }
        return db;
    }

    QList<QStringList> people(const QString& firstName)
    {
        return {{QStringLiteral("Mã"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"),
                 QStringLiteral("Mã đơn vị"), QStringLiteral("Nhóm nhiệm vụ"), QStringLiteral("Lãnh đạo")},
                {QStringLiteral("CB001"), firstName, QStringLiteral("Giám đốc"), QStringLiteral("SNV"),
                 QStringLiteral("Lãnh đạo sở"), QStringLiteral("có")},
                {QStringLiteral("CB002"), QStringLiteral("Đặng Thị Hương"), QStringLiteral("Chuyên viên"),
                 QStringLiteral("PTC"), QString(), QStringLiteral("không")},
                {QStringLiteral("CB003"), QStringLiteral("Trần Quốc Tuấn"), QStringLiteral("Chủ tịch"),
                 QStringLiteral("XCL"), QString(), QStringLiteral("x")}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsThenUnchangedThenUpdates()
    {
        const QString db = newDatabase();
        const QString units = writeFile(QStringLiteral("donvi.csv"), UnitsCsv);
        CliRun run = import(QStringLiteral("units"), db, {units});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("Units from \"%1\": 4 created, 0 updated, 0 unchanged, 0 rejected\n")
                     .arg(name(units)));
        QCOMPARE(run.err, QString());
        const QString staff
            = writeXlsx(QStringLiteral("canbo.xlsx"), people(QStringLiteral("Nguyễn Văn An")));
        run = import(QStringLiteral("people"), db, {staff});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("People from \"%1\": 3 created, 0 updated, 0 unchanged, 0 rejected\n")
                     .arg(name(staff)));
        QCOMPARE(counts(db), (QList<qint64>{4, 3, 7}));
        QCOMPARE(
            textValue(db,
                      QStringLiteral("SELECT u.code || '|' || p.is_leader || '|' || p.search_key FROM people "
                                     "p JOIN units u ON u.id = p.unit_id WHERE p.code = 'CB001'")),
            QStringLiteral("SNV|1|nguyen van an"));

        // Again: nothing changes, nothing is written.
        run = import(QStringLiteral("units"), db, {units});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("Units from \"%1\": 0 created, 0 updated, 4 unchanged, 0 rejected\n")
                     .arg(name(units)));
        run = import(QStringLiteral("people"), db, {staff});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("People from \"%1\": 0 created, 0 updated, 3 unchanged, 0 rejected\n")
                     .arg(name(staff)));
        QCOMPARE(counts(db), (QList<qint64>{4, 3, 7}));

        // A changed name is one update.
        const QString renamed
            = writeXlsx(QStringLiteral("canbo.xlsx"), people(QStringLiteral("Nguyễn Văn Anh")));
        run = import(QStringLiteral("people"), db, {renamed});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("People from \"%1\": 0 created, 1 updated, 2 unchanged, 0 rejected\n")
                     .arg(name(renamed)));
        QCOMPARE(counts(db), (QList<qint64>{4, 3, 8}));
        QCOMPARE(textValue(db, QStringLiteral("SELECT full_name FROM people WHERE code = 'CB001'")),
                 QStringLiteral("Nguyễn Văn Anh"));
    }

    void importsTcvn3List()
    {
        const QString db = databaseWithUnits();
        // clang-format off
        const QString file = writeFile(QStringLiteral("tcvn3.csv"), QByteArray(
            "M\xb7,H\xe4 v\xb5 t\xaan,Ch\xf8" "c v\xf4,M\xb7 \xae\xacn v\xde,L\xb7nh \xae\xb9o\n"
            "P1,Nguy\xd4n V\xa8n \x83,Ph\xe3 Gi\xb8m \xae\xe8" "c,SNV,c\xe3\n"
            "P2,\xa7\xc6ng Th\xde H\xad\xacng,Chuy\xaan vi\xaan,SNV,kh\xabng\n"
            "P3,L\xaa Th\xde B\xdd" "ch Ng\xe4" "c,K\xd5 to\xb8n,SNV,\n"));
        // clang-format on
        const CliRun run = import(QStringLiteral("people"), db, {file}, {QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("(TCVN3 (ABC)):\n  row 2: create P1 «Nguyễn Văn Á»\n"),
                 run.out.constData());
        QVERIFY(run.out.contains("row 4: create P3 «Lê Thị Bích Ngọc»"));
        const CliRun written = import(QStringLiteral("people"), db, {file});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QCOMPARE(textValue(
                     db, QStringLiteral("SELECT full_name || '|' || position FROM people WHERE code = 'P2'")),
                 QStringLiteral("Đặng Thị Hương|Chuyên viên"));
    }

    void malformedListReportsEveryProblemAndWritesNothing()
    {
        const QString db = databaseWithUnits();
        const QString bad = writeFile(QStringLiteral("canbo.csv"),
                                      QByteArray("Mã,Họ và tên,Chức vụ,Mã đơn vị,Lãnh đạo\n"
                                                 "P1,Nguyễn Văn An,Giám đốc,SNV,có\n"
                                                 "P2,Tr\xff\xfe\xc0n B\xff,Chuyên viên,SNV,\n"
                                                 "P1,Lê Thị Hoa,Chuyên viên,SNV,\n"
                                                 "P4,Phạm Văn Dũng,Kế toán,KHONGCO,\n"
                                                 "P5,Đỗ Thị Lan,Phó Giám đốc,SNV,có lẽ\n"
                                                 "P6,Nguyễn Văn An,Chuyên viên,SNV,0\n"));
        const QString noName = writeFile(QStringLiteral("thieu.csv"), "Mã,Mã đơn vị\nP9,SNV\n");
        const QList<qint64> before = counts(db);
        const CliRun run = import(QStringLiteral("people"), db, {bad, noName});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray());
        const QString file = QStringLiteral("danhgia-cli: file \"%1\": ").arg(bad);
        const QStringList expected{
            file
                + QStringLiteral(
                    "row 3, column «Họ và tên»: the text cannot be read: the file has bytes that are not "
                    "UTF-8, TCVN3, VNI or Windows-1258; save it as CSV UTF-8"),
            file + QStringLiteral("row 4, column «Mã»: the code \"P1\" is already in row 2"),
            file + QStringLiteral("row 5, column «Mã đơn vị»: ") + unknownUnit(QStringLiteral("KHONGCO")),
            file
                + QStringLiteral(
                    "row 6, column «Lãnh đạo»: \"có lẽ\" is not a leader value; use one of: có/không, x, "
                    "1/0, yes/no"),
            file
                + QStringLiteral(
                    "warning: row 7, column «Họ và tên»: the same name is in row 2 in the same unit, "
                    "with the code \"P1\"; check that these are two different people"),
            QStringLiteral(
                "danhgia-cli: file \"%1\": the required column «Họ và tên» (or «full name») is missing")
                .arg(noName),
            QStringLiteral("danhgia-cli: nothing was imported"),
        };
        QCOMPARE(run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
        QCOMPARE(counts(db), before);

        // In Vietnamese, the same lines start with "tệp".
        const CliRun vietnamese = import(QStringLiteral("people"), db, {bad}, {}, QByteArrayLiteral("vi"));
        QCOMPARE(vietnamese.exitCode, 1);
        QVERIFY2(vietnamese.err.contains(QStringLiteral("danhgia-cli: tệp \"%1\": ").arg(bad)),
                 qPrintable(vietnamese.err));
        QCOMPARE(counts(db), before);
    }

    void dryRunWritesNothing()
    {
        const QString db = newDatabase();
        const QList<qint64> before = counts(db);
        const QString units = writeFile(QStringLiteral("donvi.csv"), UnitsCsv);
        const CliRun run = import(QStringLiteral("units"), db, {units}, {QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("File \"%1\" (UTF-8):\n"
                                "  row 2: create LS «UBND tỉnh Lạng Sơn»\n"
                                "  row 3: create SNV «Sở Nội vụ»\n"
                                "  row 4: create XCL «Ủy ban nhân dân xã Chi Lăng»\n"
                                "  row 5: create PTC «Phòng Tổ chức cán bộ»\n"
                                "Units from \"%2\": 4 created, 0 updated, 0 unchanged, 0 rejected\n"
                                "Dry run: nothing was written.\n")
                     .arg(units, name(units)));
        QCOMPARE(counts(db), before);
        // A dry run with problems lists them and fails, as the real import would.
        const CliRun bad = import(QStringLiteral("units"), db,
                                  {writeFile(QStringLiteral("x.csv"), "code,name,kind\nA,A,?\n")},
                                  {QStringLiteral("--dry-run")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("row 2, column «kind»: the kind \"?\" is not known")));
        QCOMPARE(counts(db), before);
    }

    void usage()
    {
        const QString db = newDatabase();
        CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), db}, "en");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("say what to import: criteria, sheets, units or people")));
        run = runCli({QStringLiteral("import"), QStringLiteral("criteria"), QStringLiteral("--dry-run"),
                      QStringLiteral("--db"), db, QStringLiteral("x.json")},
                     "en");
        QCOMPARE(run.exitCode, 2);
        run = import(QStringLiteral("units"), db, {});
        QCOMPARE(run.exitCode, 2);
        run = runCli(
            {QStringLiteral("import"), QStringLiteral("units"), m_dir.filePath(QStringLiteral("a.csv"))},
            "en");
        QCOMPARE(run.exitCode, 2); // no --db
        // A missing file: reported, nothing written, even when the other file is good.
        const QString good = writeFile(QStringLiteral("donvi.csv"), UnitsCsv);
        run = import(QStringLiteral("units"), db, {good, m_dir.filePath(QStringLiteral("khong-co.csv"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("khong-co.csv")));
        QCOMPARE(counts(db), (QList<qint64>{0, 0, 0}));
        run = runCli({QStringLiteral("import"), QStringLiteral("--help")}, "en");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("danhgia-cli import units --db FILE [--dry-run]"));
        QVERIFY(run.out.contains("danhgia-cli import people --db FILE [--dry-run]"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
