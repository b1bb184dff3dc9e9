// Excel 97-2003 workbooks (.xls) read with FreeXL: text cells with Vietnamese letters, codes kept
// as text ("001"), numbers without binary floating-point artefacts, dates, empty rows and cells
// with Excel's row numbers, the sheet chosen by name, the format found by the OLE signature
// whatever the suffix; damaged files refused with a message that names the file; lists typed in
// the .VnTime font converted by CatalogueImport as for .xlsx.
//
// The fixtures in tests/data/tabular/ were made with LibreOffice Calc 7.4 (Debian 12,
// libreoffice-calc-nogui) from the flat OpenDocument files beside them:
//   soffice --headless --convert-to 'xls:MS Excel 97' people.fods
// (tests/data/tabular/make-xls.sh does it for both). people.fods holds the sheet "Cán bộ" (a
// list of people whose codes are text cells) and the sheet "Số liệu" (numbers, a formula, a
// date); people-tcvn3.fods a list typed in TCVN3 (its bytes shown as Windows-1252 characters,
// as old Excel files hold text typed in the .VnTime font).

#include "TestSupport.h"
#include "services/CatalogueImport.h"
#include "tabular/TabularReader.h"
#include "tabular/XlsReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <limits>

using namespace danhgia;
using namespace danhgia::test;

namespace {

QString fixture(const QString& name)
{
    return dataPath(QStringLiteral("tabular/") + name);
}

QStringList texts(std::initializer_list<const char*> cells)
{
    QStringList list;
    for (const char* cell : cells) {
        list.append(QString::fromUtf8(cell));
    }
    return list;
}

} // namespace

class TestTabularXls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyFixture(const QString& name, const QString& as)
    {
        const QString path = m_dir.filePath(as);
        QFile::remove(path);
        return QFile::copy(fixture(name), path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsTheFirstWorksheet()
    {
        const QString path = fixture(QStringLiteral("people.xls"));
        QCOMPARE(TabularReader::formatOf(path), TabularReader::Format::Ole);
        QString error;
        const auto names = TabularReader::sheetNames(path, &error);
        QVERIFY2(names, qPrintable(error));
        QCOMPARE(*names, texts({"Cán bộ", "Số liệu"}));

        const auto table = TabularReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sourceName, path);
        QCOMPARE(table->sheetName, QStringLiteral("Cán bộ"));
        QCOMPARE(table->headerNumber, 1);
        QCOMPARE(table->header, texts({"Mã", "Họ và tên", "Chức vụ", "Mã đơn vị", "Lãnh đạo"}));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->rowNumbers, (QList<int>{2, 3, 4}));
        // Codes typed as text keep their leading zeros.
        QCOMPARE(table->rows.at(0), texts({"001", "Nguyễn Văn An", "Giám đốc", "SNV", "có"}));
        QCOMPARE(table->rows.at(1), texts({"002", "Trần Thị Bích Ngọc", "Chuyên viên", "SNV", "không"}));
        QCOMPARE(table->rows.at(2), texts({"010", "Lê Hoàng Đức", "Trưởng phòng", "PTC", "x"}));
    }

    void numbersDatesAndEmptyCells()
    {
        QString error;
        TabularReadOptions options;
        options.sheetName = QStringLiteral("SỐ LIỆU"); // ignoring case
        const auto table = TabularReader::read(fixture(QStringLiteral("people.xls")), &error, options);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sheetName, QStringLiteral("Số liệu"));
        QCOMPARE(table->header, texts({"Số", "Ghi chú"}));
        QCOMPARE(table->rowNumbers, (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        const QStringList first{QStringLiteral("1"),
                                QStringLiteral("2.5"),
                                QStringLiteral("-3.75"),
                                QStringLiteral("1234567890123"),
                                QStringLiteral("0.3"), // the double 0.30000000000000004
                                QString(), // a formula: FreeXL does not read its result
                                QStringLiteral("12345.678"),
                                QStringLiteral("001"), // a text cell
                                QStringLiteral("2026-03-01"), // a date
                                QString(),
                                QString()};
        for (int i = 0; i < first.size(); ++i) {
            QCOMPARE(table->cell(i, 0), first.at(i));
        }
        QCOMPARE(table->cell(4, 1), QStringLiteral("0,1 + 0,2"));
        QVERIFY(table->rows.at(9).isEmpty()); // row 11 is empty
        QCOMPARE(table->rows.at(10), texts({"", "", "cuối"}));
    }

    void numberText()
    {
        QCOMPARE(XlsReader::numberText(0.1 + 0.2), QStringLiteral("0.3"));
        QCOMPARE(XlsReader::numberText(100.0), QStringLiteral("100"));
        QCOMPARE(XlsReader::numberText(-0.0), QStringLiteral("0"));
        QCOMPARE(XlsReader::numberText(-42.0), QStringLiteral("-42"));
        QCOMPARE(XlsReader::numberText(999999999999999.0), QStringLiteral("999999999999999"));
        QCOMPARE(XlsReader::numberText(1e15), QStringLiteral("1e+15"));
        QCOMPARE(XlsReader::numberText(1.0 / 3.0), QStringLiteral("0.333333333333333"));
        QCOMPARE(XlsReader::numberText(2.675), QStringLiteral("2.675"));
        QCOMPARE(XlsReader::numberText(1.1 * 1.1), QStringLiteral("1.21"));
        QCOMPARE(XlsReader::numberText(0.00001), QStringLiteral("1e-05"));
        QCOMPARE(XlsReader::numberText(std::numeric_limits<double>::quiet_NaN()), QString());
    }

    void foundByContentAndNameWithDiacritics()
    {
        // An .xls whose suffix says otherwise is still read as a workbook, and a file name with
        // Vietnamese letters is opened.
        const QString renamed
            = copyFixture(QStringLiteral("people.xls"), QStringLiteral("danh sách cán bộ.dat"));
        QVERIFY(!renamed.isEmpty());
        QCOMPARE(TabularReader::formatOf(renamed), TabularReader::Format::Ole);
        QString error;
        const auto table = TabularReader::read(renamed, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rowCount(), 3);
    }

    void problemsNameTheFile()
    {
        QString error;
        QVERIFY(!TabularReader::read(fixture(QStringLiteral("people.xls")), &error,
                                     TabularReadOptions{QStringLiteral("Không có"), 1, QChar()}));
        QVERIFY2(error.contains(QStringLiteral("Không có")) && error.contains(QStringLiteral("Số liệu")),
                 qPrintable(error));

        // An OLE signature and nothing else: a damaged file.
        const QString damaged = m_dir.filePath(QStringLiteral("hỏng.xls"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, '\0'));
        file.close();
        QVERIFY(!TabularReader::read(damaged, &error));
        QVERIFY2(error.contains(QStringLiteral("hỏng.xls")) && error.contains(QStringLiteral(".xlsx")),
                 qPrintable(error));
        QVERIFY(!TabularReader::sheetNames(damaged, &error));

        const QString missing = m_dir.filePath(QStringLiteral("không có.xls"));
        QVERIFY(!TabularReader::read(missing, &error));
        QVERIFY2(error.contains(QStringLiteral("không có.xls")), qPrintable(error));
    }

    void catalogueListsFromXls()
    {
        QString error;
        auto encoding = LegacyEncoding::Encoding::Unknown;
        const auto table
            = CatalogueImport::readTable(fixture(QStringLiteral("people.xls")), &error, &encoding);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(encoding, LegacyEncoding::Encoding::Utf8);
        QCOMPARE(table->header.at(1), QStringLiteral("Họ và tên"));
        QCOMPARE(table->cell(0, 0), QStringLiteral("001"));
        QCOMPARE(table->cell(1, 1), QStringLiteral("Trần Thị Bích Ngọc"));
    }

    void legacyFontTextIsConverted()
    {
        QString error;
        auto encoding = LegacyEncoding::Encoding::Unknown;
        const QString path = fixture(QStringLiteral("people-tcvn3.xls"));
        // As stored: TCVN3 bytes shown as Windows-1252 characters.
        const auto raw = TabularReader::read(path, &error);
        QVERIFY2(raw, qPrintable(error));
        QCOMPARE(raw->cell(0, 1), QString::fromUtf8("Nguy\xc3\x94n V\xc2\xa8n \xc6\x92"));
        const auto table = CatalogueImport::readTable(path, &error, &encoding);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(encoding, LegacyEncoding::Encoding::Tcvn3);
        QCOMPARE(table->header, texts({"Mã", "Họ và tên", "Chức vụ", "Mã đơn vị", "Lãnh đạo"}));
        QCOMPARE(table->rows.at(0), texts({"P1", "Nguyễn Văn Á", "Phó Giám đốc", "SNV", "có"}));
        QCOMPARE(table->rows.at(1), texts({"P2", "Đặng Thị Hương", "Chuyên viên", "SNV", "không"}));
        QCOMPARE(table->rows.at(2), texts({"P3", "Lê Thị Bích Ngọc", "Kế toán", "SNV"}));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestTabularXls)
#include "TestTabularXls.moc"
