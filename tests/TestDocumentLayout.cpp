// The Decree 30/2020/NĐ-CP layout every printed document shares: header, date line, title,
// tables over several pages, page numbers from page 2, signatures, "Nơi nhận", A4, fonts embedded.

#include "PdfProbe.h"
#include "TestSupport.h"
#include "documentdata/DocumentWording.h"
#include "documents/DocumentComposer.h"
#include "documents/DocumentFonts.h"
#include "documents/DocumentRenderer.h"
#include "documents/VietnameseDate.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace danhgia;
using danhgia::test::PdfProbe;

class TestDocumentLayout : public QObject
{
    Q_OBJECT

private:
    static PrintableDocument sampleDocument(int rows)
    {
        DocumentSettings settings = DocumentSettings::defaults(QDate(2026, 1, 5));
        settings.number = 5;
        settings.symbol = QStringLiteral("BC-SNV");
        settings.signer.name = QStringLiteral("Hoàng Văn Thắng");
        DocumentComposer composer(settings);
        composer.addHeader(true);
        composer.addTitle(QStringLiteral("Báo cáo"), QStringLiteral("Kết quả đánh giá, xếp loại năm 2026"));
        composer.addParagraph(
            QStringLiteral("Thực hiện Nghị định số 335/2025/NĐ-CP, Sở Nội vụ báo cáo kết quả "
                           "đánh giá, xếp loại như sau."));
        DocumentTable table;
        table.name = QStringLiteral("Kết quả");
        table.headers = {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Điểm")};
        table.widths = {10, 65, 25};
        for (int i = 1; i <= rows; ++i) {
            table.addRow({DocumentCell::fromInteger(i),
                          DocumentCell::fromText(QStringLiteral("Nguyễn Thị Ánh Tuyết %1").arg(i)),
                          DocumentCell::fromNumber(*Decimal::fromString(QStringLiteral("85.7")), 1)});
        }
        composer.addTable(table);
        composer.addRecipientsAndSigner(settings.recipients, settings.signer);
        return composer.finish(QStringLiteral("Báo cáo kết quả"), QStringLiteral("bao-cao"));
    }

private Q_SLOTS:
    void dateLineFollowsTheZeroPaddingRule_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("05/01") << QDate(2026, 1, 5) << QStringLiteral("Lạng Sơn, ngày 05 tháng 01 năm 2026");
        QTest::newRow("29/06") << QDate(2026, 6, 29) << QStringLiteral("Lạng Sơn, ngày 29 tháng 6 năm 2026");
        QTest::newRow("09/02") << QDate(2026, 2, 9) << QStringLiteral("Lạng Sơn, ngày 09 tháng 02 năm 2026");
        QTest::newRow("10/12") << QDate(2026, 12, 10)
                               << QStringLiteral("Lạng Sơn, ngày 10 tháng 12 năm 2026");
    }
    void dateLineFollowsTheZeroPaddingRule()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(VietnameseDate::placeAndDate(QStringLiteral("Lạng Sơn"), date), expected);
    }

    void numberTakesALeadingZeroUnderTen()
    {
        DocumentSettings settings;
        settings.symbol = QStringLiteral("BB-SNV");
        settings.number = 5;
        QCOMPARE(settings.numberLine(), QStringLiteral("Số: 05/BB-SNV"));
        settings.number = 125;
        QCOMPARE(settings.numberLine(), QStringLiteral("Số: 125/BB-SNV"));
        QCOMPARE(settings.agencyCode(), QStringLiteral("SNV"));
    }

    void settingsSurviveJson()
    {
        DocumentSettings settings = DocumentSettings::defaults(QDate(2026, 6, 29));
        settings.number = 12;
        settings.chair.name = QStringLiteral("Lương Văn Minh");
        settings.recipients = {QStringLiteral("UBND tỉnh"), QStringLiteral("Lưu: VT")};
        const DocumentSettings back = DocumentSettings::fromJson(settings.toJson(), DocumentSettings());
        QCOMPARE(back.toJson(), settings.toJson());
    }

    void bundledFontIsUsedAndEmbedded()
    {
        QVERIFY(DocumentFonts::registerBundledFonts());
        QCOMPARE(DocumentFonts::serifFamily(), QStringLiteral("Liberation Serif"));
        QTemporaryDir dir;
        const QString path = PdfProbe::outputPath(dir, QStringLiteral("layout.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(DocumentRenderer::writePdf(sampleDocument(5), path, &error, &pages), qPrintable(error));
        QCOMPARE(pages, 1);
        PdfProbe probe(path);
        QVERIFY(probe.isA4());
        const auto fonts = probe.fonts();
        QVERIFY(!fonts.isEmpty());
        for (const auto& font : fonts) {
            QVERIFY2(font.embedded, qPrintable(font.name));
            QVERIFY2(font.name.contains(QLatin1String("LiberationSerif")), qPrintable(font.name));
        }
    }

    void headerAndBodyTextIsExtractedIntact()
    {
        QTemporaryDir dir;
        const QString path = PdfProbe::outputPath(dir, QStringLiteral("layout.pdf"));
        QString error;
        QVERIFY2(DocumentRenderer::writePdf(sampleDocument(5), path, &error), qPrintable(error));
        const QString text = PdfProbe(path).flatText();
        for (const char* expected :
             {"UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ", "Số: 05/BC-SNV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày 05 tháng 01 năm 2026", "BÁO CÁO",
              "Kết quả đánh giá, xếp loại năm 2026", "Nguyễn Thị Ánh Tuyết 3", "85,7", "Nơi nhận:",
              "- Như trên;", "- Lưu: VT, CCHC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thắng"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(!text.contains(QStringLiteral("⟦")));
    }

    void pageNumbersStartOnPageTwoAtTheTop()
    {
        QTemporaryDir dir;
        const QString path = PdfProbe::outputPath(dir, QStringLiteral("long.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(DocumentRenderer::writePdf(sampleDocument(80), path, &error, &pages), qPrintable(error));
        QVERIFY(pages >= 3);
        PdfProbe probe(path);
        QCOMPARE(probe.pageCount(), pages);
        // Page 1 has no number; page 2 begins with "2", above its first table row.
        QVERIFY(probe.text(1, 1).trimmed().startsWith(QStringLiteral("UBND")));
        for (int page = 2; page <= pages; ++page) {
            QCOMPARE(probe.text(page, page).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(),
                     QString::number(page));
        }
        // The table's header row is repeated on every page.
        QVERIFY(probe.flatText(2, 2).contains(QStringLiteral("STT Họ và tên Điểm")));
    }

    // Signatures never stand alone at the top of a page: whatever the length of the body, the
    // closing line of minutes is on the page of the signatures.
    void signaturesKeepTheClosingLineWithThem()
    {
        QTemporaryDir dir;
        DocumentSettings settings = DocumentSettings::defaults(QDate(2026, 1, 5));
        settings.chair.name = QStringLiteral("Hoàng Văn Thụ");
        settings.secretary.name = QStringLiteral("Bế Thị Thanh Hoa");
        for (int paragraphs = 14; paragraphs <= 34; ++paragraphs) {
            DocumentComposer composer(settings);
            composer.addHeader(false);
            composer.addTitle(QStringLiteral("Biên bản"), QStringLiteral("Họp Hội đồng thẩm định"));
            for (int i = 1; i <= paragraphs; ++i) {
                composer.addParagraph(
                    QStringLiteral("Đoạn %1: Hội đồng đã xem xét kết quả tự đánh giá và tài liệu "
                                   "kiểm chứng của đơn vị theo từng tiêu chí.")
                        .arg(i));
            }
            composer.addParagraph(QStringLiteral("Cuộc họp kết thúc vào 11 giờ 30 phút cùng ngày./."));
            composer.addSignatures(settings.secretary, settings.chair);
            const QString path = PdfProbe::outputPath(dir, QStringLiteral("ky-%1.pdf").arg(paragraphs));
            QString error;
            int pages = 0;
            QVERIFY2(
                DocumentRenderer::writePdf(composer.finish(QStringLiteral("Biên bản"), QStringLiteral("bb")),
                                           path, &error, &pages),
                qPrintable(error));
            PdfProbe probe(path);
            const QString last = probe.flatText(pages, pages);
            QVERIFY2(last.contains(QStringLiteral("Bế Thị Thanh Hoa")), qPrintable(last));
            QVERIFY2(last.contains(QStringLiteral("Cuộc họp kết thúc vào")),
                     qPrintable(QStringLiteral("%1 paragraphs: page %2 holds only the signatures")
                                    .arg(paragraphs)
                                    .arg(pages)));
        }
    }

    void wordingFileHasEveryKey()
    {
        for (const char* key :
             {"header.national_title", "header.motto", "header.number", "date.day_month_year",
              "date.place_and_date", "signature.chair", "signature.secretary", "recipients.title",
              "defaults.parent_agency", "defaults.recipients"}) {
            QVERIFY2(DocumentWording::contains(key), key);
        }
    }
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestDocumentLayout)
#include "TestDocumentLayout.moc"
