// Tabular files, CSV side: CsvReader through TabularReader (quotes, line breaks in fields, byte
// order marks, the delimiter Vietnamese Excel uses, line numbers), CsvWriter's exact bytes, and
// Excel cell references.

#include "TestSupport.h"
#include "tabular/CellReference.h"
#include "tabular/CsvWriter.h"
#include "tabular/TabularReader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using danhgia::CellReference;
using danhgia::CsvWriter;
using danhgia::Table;
using danhgia::TabularReader;
using danhgia::TabularReadOptions;

namespace {

const QString Source = QStringLiteral("dữ liệu.csv");

std::optional<Table> readCsv(const QByteArray& data, QString* error,
                             const TabularReadOptions& options = TabularReadOptions())
{
    return TabularReader::readCsv(data, Source, error, options);
}

QStringList cells(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list.append(QString::fromUtf8(item));
    }
    return list;
}

} // namespace

class TestTabular : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFields()
    {
        QString error;
        const auto table = readCsv("Tên,Ghi chú,Điểm\r\n"
                                   "\"Nguyễn Văn \"\"Tư\"\"\",\"Hà Nội, Việt Nam\",85.67\r\n"
                                   "\"\",\"\"\"\",x\r\n",
                                   &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sourceName, Source);
        QCOMPARE(table->header, cells({"Tên", "Ghi chú", "Điểm"}));
        QCOMPARE(table->headerNumber, 1);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->rows.at(0), cells({"Nguyễn Văn \"Tư\"", "Hà Nội, Việt Nam", "85.67"}));
        QCOMPARE(table->rows.at(1), cells({"", "\"", "x"}));
        QCOMPARE(table->rowNumbers, QList<int>({2, 3}));
        QCOMPARE(table->columnOf(QStringLiteral(" ghi CHÚ ")), 1);
    }

    void lineBreaksInFieldsKeepLineNumbers()
    {
        QString error;
        const auto table = readCsv("id,text\r\n"
                                   "1,\"dòng một\r\ndòng hai\"\r\n"
                                   "2,\"a\nb\nc\"\r\n"
                                   "3,cuối\r\n",
                                   &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows,
                 QList<QStringList>(
                     {cells({"1", "dòng một\ndòng hai"}), cells({"2", "a\nb\nc"}), cells({"3", "cuối"})}));
        // Records start on lines 2, 4 (line 3 is inside the first field) and 7.
        QCOMPARE(table->rowNumbers, QList<int>({2, 4, 7}));
    }

    void byteOrderMarkIsSkipped()
    {
        const QByteArray body = "Họ tên,Điểm\n\"An\",9\n";
        for (const QByteArray& data : QList<QByteArray>{QByteArray("\xEF\xBB\xBF") + body, body}) {
            QString error;
            const auto table = readCsv(data, &error);
            QVERIFY2(table, qPrintable(error));
            QCOMPARE(table->header, cells({"Họ tên", "Điểm"}));
            QCOMPARE(table->header.at(0).at(0), QChar(u'H'));
            QCOMPARE(table->rows, QList<QStringList>({cells({"An", "9"})}));
        }
    }

    void utf16FromExcelUnicodeText()
    {
        const QString text = QStringLiteral("Họ tên\tĐiểm\r\nLê Thị Hồng\t85,5\r\n");
        QByteArray data("\xFF\xFE");
        data.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QString error;
        const auto table = readCsv(data, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header, cells({"Họ tên", "Điểm"}));
        QCOMPARE(table->rows, QList<QStringList>({cells({"Lê Thị Hồng", "85,5"})}));
    }

    void semicolonsFromVietnameseExcel()
    {
        QString error;
        const auto table = readCsv("STT;Họ và tên;Điểm;Ghi chú\r\n"
                                   "1;Trần Thị Bình;85,67;\r\n"
                                   "2;Lê Văn Cường;90;\"Có ; trong\"\r\n",
                                   &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header, cells({"STT", "Họ và tên", "Điểm", "Ghi chú"}));
        QCOMPARE(table->rows.at(0), cells({"1", "Trần Thị Bình", "85,67", ""}));
        QCOMPARE(table->rows.at(1), cells({"2", "Lê Văn Cường", "90", "Có ; trong"}));
    }

    void detectsTheDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QChar(u',');
        QTest::newRow("semicolon, decimal commas") << QStringLiteral("a;b;c\n1;2,5;3\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("a\tb\n1\t2,5\n") << QChar(u'\t');
        QTest::newRow("one column") << QStringLiteral("tên\nAn\n") << QChar(u',');
        QTest::newRow("quoted semicolon") << QStringLiteral("\"x;y\",b\n1,2\n") << QChar(u',');
        QTest::newRow("comma in a title")
            << QStringLiteral("Họ, tên;Điểm\nAn;85,67\nBình;90\n") << QChar(u';');
        QTest::newRow("empty") << QString() << QChar(u',');
    }

    void detectsTheDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(TabularReader::detectDelimiter(text), delimiter);
    }

    void excelSepLineAndGivenDelimiter()
    {
        QString error;
        auto table = readCsv("sep=;\r\na;b\r\n1;2,5\r\n", &error, {QString(), 2, QChar()});
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header, cells({"a", "b"}));
        QCOMPARE(table->rows, QList<QStringList>({cells({"1", "2,5"})}));
        QCOMPARE(table->rowNumbers, QList<int>({3}));

        table = readCsv("a;b,c\n1;2,3\n", &error, {QString(), 1, QChar(u',')});
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header, cells({"a;b", "c"}));
    }

    void emptyTrailingFieldsAndBlankLines()
    {
        QString error;
        const auto table = readCsv("a,b,c\r\n1,,\r\n\r\n,,\r\n2,x,\r\n,,\r\n\r\n", &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows,
                 QList<QStringList>(
                     {cells({"1", "", ""}), QStringList(), cells({"", "", ""}), cells({"2", "x", ""})}));
        // The blank lines in the middle stay (line numbers are the file's); those at the end go.
        QCOMPARE(table->rowNumbers, QList<int>({2, 3, 4, 5}));
        QVERIFY(!table->isBlankRow(0));
        QVERIFY(table->isBlankRow(1));
        QVERIFY(table->isBlankRow(2));
        QCOMPARE(table->cell(1, 2), QString());
        QCOMPARE(table->cell(3, 1), QStringLiteral("x"));
        QCOMPARE(table->columnCount(), 3);
    }

    void oldMacLineEndsAndNoFinalLineEnd()
    {
        QString error;
        const auto table = readCsv("a,b\r1,2\r3,\"4\"", &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows, QList<QStringList>({cells({"1", "2"}), cells({"3", "4"})}));
        QCOMPARE(table->rowNumbers, QList<int>({2, 3}));
    }

    void headerBelowATitle()
    {
        QString error;
        const QByteArray data = "BẢNG ĐIỂM NĂM 2024\n\nMã,Điểm\nCB01,90\n";
        auto table = readCsv(data, &error, {QString(), 3, QChar()});
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header, cells({"Mã", "Điểm"}));
        QCOMPARE(table->headerNumber, 3);
        QCOMPARE(table->rowNumbers, QList<int>({4}));

        table = readCsv(data, &error, {QString(), 0, QChar()});
        QVERIFY2(table, qPrintable(error));
        QVERIFY(table->header.isEmpty());
        QCOMPARE(table->rowCount(), 4);

        QVERIFY(!readCsv(data, &error, {QString(), 9, QChar()}));
        QVERIFY2(error.contains(Source) && error.contains(QStringLiteral("9")), qPrintable(error));
    }

    void unterminatedQuoteNamesItsLine()
    {
        QString error;
        QVERIFY(!readCsv("a,b\n1,\"ok\"\n2,\"không đóng\n3,x\n", &error));
        QVERIFY2(error.contains(Source), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(" 3")), qPrintable(error));
    }

    void notUtf8NamesItsLine()
    {
        QString error;
        QVERIFY(!readCsv("a,b\n1,2\nNguy\xEA\xF1,3\n", &error));
        QVERIFY2(error.contains(Source) && error.contains(QStringLiteral("3")), qPrintable(error));
    }

    void emptyFile()
    {
        QString error;
        QVERIFY(!readCsv(QByteArray(), &error));
        QVERIFY2(error.contains(Source), qPrintable(error));
        const auto table = readCsv(QByteArray("\xEF\xBB\xBF"), &error, {QString(), 0, QChar()});
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 0);
    }

    void writerBytesAreExact()
    {
        const QList<QStringList> rows{
            cells({"Họ tên", "Điểm", "Ghi chú"}),
            cells({"Nguyễn Văn A", "85.67", ""}),
            cells({"a,b", "say \"hi\"", "x;y"}),
            cells({"dòng 1\ndòng 2", " lề", "tab\there"}),
            QStringList(),
        };
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "Họ tên,Điểm,Ghi chú\r\n"
                                    "Nguyễn Văn A,85.67,\r\n"
                                    "\"a,b\",\"say \"\"hi\"\"\",\"x;y\"\r\n"
                                    "\"dòng 1\ndòng 2\",\" lề\",\"tab\there\"\r\n"
                                    "\r\n";
        QCOMPARE(CsvWriter::toCsv(rows), expected);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const auto& row : rows) {
            QVERIFY(writer.writeRow(row));
        }
        QCOMPARE(buffer.data(), expected);
        QCOMPARE(CsvWriter::encodeRow(cells({"1", "2"})), QByteArray("1,2\r\n"));
        QCOMPARE(CsvWriter::toCsv({}), QByteArray("\xEF\xBB\xBF"));
    }

    void writtenFileReadsBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kết quả.csv"));
        QList<QStringList> rows{cells({"Mã", "Họ tên", "Nhận xét"})};
        auto* random = QRandomGenerator::global();
        const QString alphabet = QStringLiteral("aăâbđêôơưỹ ,;\"\n\t'");
        for (int r = 0; r < 50; ++r) {
            QStringList row{QString::number(r)};
            for (int c = 0; c < 2; ++c) {
                QString field;
                const int length = random->bounded(8);
                for (int i = 0; i < length; ++i) {
                    field += alphabet.at(random->bounded(static_cast<int>(alphabet.size())));
                }
                row.append(field);
            }
            rows.append(row);
        }
        QString error;
        QVERIFY2(CsvWriter::writeFile(path, rows, &error), qPrintable(error));
        const auto table = TabularReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header, rows.at(0));
        QCOMPARE(table->rows, rows.mid(1));

        QVERIFY(!CsvWriter::writeFile(dir.filePath(QStringLiteral("không/có/thư mục.csv")), rows, &error));
        QVERIFY2(error.contains(QStringLiteral("thư mục.csv")), qPrintable(error));
    }

    void cellReferences()
    {
        QCOMPARE(CellReference::columnIndex(u"A1"), 0);
        QCOMPARE(CellReference::columnIndex(u"C7"), 2);
        QCOMPARE(CellReference::columnIndex(u"z9"), 25);
        QCOMPARE(CellReference::columnIndex(u"AA10"), 26);
        QCOMPARE(CellReference::columnIndex(u"XFD1048576"), 16383);
        QCOMPARE(CellReference::columnIndex(u"XFE1"), -1);
        QCOMPARE(CellReference::columnIndex(u"ABCD1"), -1);
        QCOMPARE(CellReference::columnIndex(u"7"), -1);
        QCOMPARE(CellReference::rowNumber(u"C7"), 7);
        QCOMPARE(CellReference::rowNumber(u"XFD1048576"), 1048576);
        QCOMPARE(CellReference::rowNumber(u"A1048577"), 0);
        QCOMPARE(CellReference::rowNumber(u"A0"), 0);
        QCOMPARE(CellReference::rowNumber(u"A7x"), 0);
        QCOMPARE(CellReference::name(6, 2), QStringLiteral("C7"));
        QCOMPARE(CellReference::columnName(701), QStringLiteral("ZZ"));
        QCOMPARE(CellReference::columnName(702), QStringLiteral("AAA"));
        QCOMPARE(CellReference::columnName(16384), QString());
        for (int column = 0; column < CellReference::MaxColumns; ++column) {
            QCOMPARE(CellReference::columnIndex(CellReference::columnName(column)), column);
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestTabular)
#include "TestTabular.moc"
