// The tables of a document exported as .xlsx and CSV: Vietnamese headers intact, numbers stored
// as numbers with their decimals, read back by the project's own readers.

#include "TestSupport.h"
#include "documents/DocumentTableExport.h"
#include "tabular/TabularReader.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace danhgia;

class TestDocumentTableExport : public QObject
{
    Q_OBJECT

private:
    static DocumentTable scores()
    {
        DocumentTable table;
        table.name = QStringLiteral("Bảng tổng hợp kết quả sát hạch");
        table.headers
            = {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Điểm chính thức")};
        table.addRow({DocumentCell::fromInteger(1), DocumentCell::fromText(QStringLiteral("Nguyễn Thị Ánh")),
                      DocumentCell::fromNumber(*Decimal::fromString(QStringLiteral("85.7")), 1)});
        table.addRow({DocumentCell::fromInteger(2), DocumentCell::fromText(QStringLiteral("Đỗ Văn Bình")),
                      DocumentCell::fromNumber(Decimal::fromInt(70), 1)});
        return table;
    }

private Q_SLOTS:
    void xlsxKeepsHeadersAndNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ket-qua.xlsx"));
        DocumentTable second = scores();
        second.name = QStringLiteral("Bảng tổng hợp kết quả sát hạch dài hơn ba mươi mốt ký tự");
        QString error;
        QVERIFY2(DocumentTableExport::writeXlsx({scores(), second}, path, &error), qPrintable(error));
        const auto table = TabularReader::readXlsx(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header, scores().headers);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->cell(0, 1), QStringLiteral("Nguyễn Thị Ánh"));
        QCOMPARE(table->cell(0, 2), QStringLiteral("85.7"));
        QCOMPARE(table->cell(1, 2), QStringLiteral("70"));
        // The number format shows one decimal: the workbook's styles hold "0.0".
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 0);
    }

    void numbersWithoutFixedDecimalsKeepTheirExactText()
    {
        DocumentTable table;
        table.name = QStringLiteral("Theo lĩnh vực");
        table.headers = {QStringLiteral("Lĩnh vực"), QStringLiteral("Điểm")};
        for (const char* value : {"11", "9.8", "9.05", "-0.75"}) {
            table.addRow({DocumentCell::fromText(QStringLiteral("Cải cách thể chế")),
                          DocumentCell::fromNumber(*Decimal::fromString(QLatin1String(value)))});
        }
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("linh-vuc.csv"));
        QCOMPARE(DocumentTableExport::writeCsv({table}, path, &error), QStringList{path});
        const auto csv = TabularReader::read(path, &error);
        QVERIFY2(csv, qPrintable(error));
        const QString xlsxPath = dir.filePath(QStringLiteral("linh-vuc.xlsx"));
        QVERIFY2(DocumentTableExport::writeXlsx({table}, xlsxPath, &error), qPrintable(error));
        const auto xlsx = TabularReader::readXlsx(xlsxPath, &error);
        QVERIFY2(xlsx, qPrintable(error));
        const QStringList expected{QStringLiteral("11"), QStringLiteral("9.8"), QStringLiteral("9.05"),
                                   QStringLiteral("-0.75")};
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(csv->cell(row, 1), expected.at(row));
            QCOMPARE(xlsx->cell(row, 1), expected.at(row));
        }
    }

    void sheetNamesAreValidAndUnique()
    {
        const QString name = DocumentTableExport::sheetName(QStringLiteral("Kết quả [2026]: tổng/hợp?"), {});
        QCOMPARE(name, QStringLiteral("Kết quả -2026-- tổng-hợp-"));
        const QString longName = QString(40, QLatin1Char('a'));
        QCOMPARE(DocumentTableExport::sheetName(longName, {}).size(), 31);
        QCOMPARE(DocumentTableExport::sheetName(QStringLiteral("Kết quả"), {QStringLiteral("kết quả")}),
                 QStringLiteral("Kết quả (2)"));
    }

    void csvOneFilePerTable()
    {
        QTemporaryDir dir;
        QString error;
        const QString single = dir.filePath(QStringLiteral("mot.csv"));
        QCOMPARE(DocumentTableExport::writeCsv({scores()}, single, &error), QStringList{single});
        QFile file(single);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\"Nguyễn Thị Ánh\"") || bytes.contains("Nguyễn Thị Ánh"));
        QVERIFY(bytes.contains("85.7"));

        DocumentTable other = scores();
        other.name = QStringLiteral("Xếp hạng");
        const QStringList files = DocumentTableExport::writeCsv(
            {scores(), other}, dir.filePath(QStringLiteral("hai.csv")), &error);
        QCOMPARE(files,
                 (QStringList{dir.filePath(QStringLiteral("hai-bang-tong-hop-ket-qua-sat-hach.csv")),
                              dir.filePath(QStringLiteral("hai-xep-hang.csv"))}));
        const auto table = TabularReader::read(files.last(), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->cell(1, 1), QStringLiteral("Đỗ Văn Bình"));
    }
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestDocumentTableExport)
#include "TestDocumentTableExport.moc"
