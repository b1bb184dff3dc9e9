// The draft decision recognising a campaign's results: the head's title line, the "Căn cứ"
// lines, the three articles, "Nơi nhận" with "Như Điều 3", the signer, and the annex of every
// result on a page of its own, attached to the decision by its number and date.

#include "DocumentTestSupport.h"
#include "PdfProbe.h"
#include "ReportFixture.h"
#include "TestSupport.h"
#include "documents/DocumentRenderer.h"
#include "documents/RecognitionDecision.h"
#include "documents/ResultReport.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace danhgia;
using danhgia::test::PdfProbe;
using danhgia::test::ReportFixture;

namespace {

const QString Staff = QString::fromLatin1(DemoDatabase::StaffCampaign);

DocumentSettings signedBy(const QString& agency, const QString& authority, const QString& title)
{
    DocumentSettings settings = DocumentSettings::defaults(QDate(2026, 1, 5));
    settings.issuingAgency = agency;
    settings.signer = {authority, title, QString()};
    return settings;
}

} // namespace

class TestRecognitionDecision : public QObject
{
    Q_OBJECT

private:
    PdfProbe write(const ResultReportData& data, const DocumentSettings& settings, const QString& name,
                   int* pages = nullptr)
    {
        return danhgia::test::writeDocument(
            RecognitionDecision::compose(data, RecognitionDecision::settingsFor(settings), QString()), m_dir,
            name, pages);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_fixture.create(m_dir.filePath(QStringLiteral("demo.sqlite")), &error), qPrintable(error));
    }

    void headTitleNamesWhoseCompetenceItIs_data()
    {
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("deputy for the director")
            << QStringLiteral("Sở Nội vụ") << QStringLiteral("KT. Giám đốc") << QStringLiteral("Phó Giám đốc")
            << QStringLiteral("Giám đốc Sở Nội vụ");
        QTest::newRow("the director")
            << QStringLiteral("Sở Tài chính") << QString() << QStringLiteral("Giám đốc")
            << QStringLiteral("Giám đốc Sở Tài chính");
        QTest::newRow("committee as a body")
            << QStringLiteral("Ủy ban nhân dân xã Chi Lăng") << QStringLiteral("TM. Ủy ban nhân dân")
            << QStringLiteral("Chủ tịch") << QStringLiteral("Ủy ban nhân dân xã Chi Lăng");
        QTest::newRow("head of an office")
            << QStringLiteral("Phòng Công chức, viên chức") << QString() << QStringLiteral("Trưởng phòng")
            << QStringLiteral("Trưởng phòng Công chức, viên chức");
    }
    void headTitleNamesWhoseCompetenceItIs()
    {
        QFETCH(QString, agency);
        QFETCH(QString, authority);
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(RecognitionDecision::headTitle(signedBy(agency, authority, title)), expected);
    }

    void basisLinesEndWithASemicolon()
    {
        DocumentSettings settings = DocumentSettings::defaults(QDate(2026, 1, 5));
        settings.basis = QStringLiteral("Luật Cán bộ, công chức.\n\nCăn cứ Kế hoạch số 12/KH-SNV");
        QCOMPARE(RecognitionDecision::basisLines(settings),
                 (QStringList{QStringLiteral("Căn cứ Luật Cán bộ, công chức;"),
                              QStringLiteral("Căn cứ Kế hoạch số 12/KH-SNV;")}));
        settings.basis.clear();
        const QStringList fallback = RecognitionDecision::basisLines(settings);
        QCOMPARE(fallback.size(), 1);
        QVERIFY(fallback.first().startsWith(QStringLiteral("Căn cứ ")));
        QVERIFY(fallback.first().endsWith(QStringLiteral("của Sở Nội vụ;")));
    }

    void recipientsBeginWithArticleThree()
    {
        DocumentSettings settings = DocumentSettings::defaults(QDate(2026, 1, 5));
        settings.symbol = QStringLiteral("BC-SNV");
        settings.recipients = {QStringLiteral("Như trên"), QStringLiteral("Lưu: VT")};
        DocumentSettings decision = RecognitionDecision::settingsFor(settings);
        QCOMPARE(decision.symbol, QStringLiteral("QĐ-SNV"));
        QCOMPARE(decision.recipients, (QStringList{QStringLiteral("Như Điều 3"), QStringLiteral("Lưu: VT")}));
        settings.recipients = {QStringLiteral("UBND tỉnh"), QStringLiteral("Lưu: VT")};
        decision = RecognitionDecision::settingsFor(settings);
        QCOMPARE(decision.recipients.size(), 3);
        QCOMPARE(decision.recipients.first(), QStringLiteral("Như Điều 3"));
        // Kept for the unit, the decision's "Như Điều 3" becomes "Như trên" again.
        QCOMPARE(RecognitionDecision::unitSettingsFrom(decision).recipients.first(),
                 QStringLiteral("Như trên"));
        QCOMPARE(RecognitionDecision::settingsFor(decision).recipients, decision.recipients);
    }

    void printedDecision()
    {
        const ResultReportData data = m_fixture.load(Staff);
        int pages = 0;
        const PdfProbe probe = write(data, m_fixture.homeAffairsSettings(QDate(2026, 1, 5), 5),
                                     QStringLiteral("recognition-decision.pdf"), &pages);
        QVERIFY(probe.isA4());
        QCOMPARE(probe.pageCount(), pages);
        QVERIFY2(pages >= 3 && pages <= 6, qPrintable(QString::number(pages)));
        for (const auto& font : probe.fonts()) {
            QVERIFY2(font.embedded, qPrintable(font.name));
        }
        // The decision itself, before the annex.
        int annexPage = 0;
        for (int page = 1; page <= pages && annexPage == 0; ++page) {
            annexPage = probe.flatText(page, page).contains(QStringLiteral("PHỤ LỤC")) ? page : 0;
        }
        QVERIFY(annexPage > 1);
        const QString decision = probe.flatText(1, annexPage - 1);
        for (const char* expected :
             {"UBND TỈNH LẠNG SƠN",
              "SỞ NỘI VỤ",
              "Số: 05/QĐ-SNV",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Lạng Sơn, ngày 05 tháng 01 năm 2026",
              "QUYẾT ĐỊNH",
              "Về việc công nhận kết quả đánh giá, xếp loại công chức hằng tháng, quý IV năm 2026",
              "GIÁM ĐỐC SỞ NỘI VỤ",
              "Căn cứ Nghị định số 335/2025/NĐ-CP của Chính phủ",
              "cơ cấu tổ chức của Sở Nội vụ;",
              "Theo đề nghị của Chánh Văn phòng.",
              "QUYẾT ĐỊNH:",
              "Điều 1. Công nhận kết quả đánh giá, xếp loại",
              "đối với 40 cá nhân (có danh sách kèm theo)",
              "Hoàn thành tốt nhiệm vụ:",
              "Điều 2.",
              "Quyết định này có hiệu lực kể từ ngày ký.",
              "Điều 3. Chánh Văn phòng",
              "chịu trách nhiệm thi hành Quyết định này./.",
              "Nơi nhận:",
              "- Như Điều 3;",
              "- Lưu: VT, CCVC.",
              "KT. GIÁM ĐỐC",
              "PHÓ GIÁM ĐỐC",
              "Lương Thị Hồng Nhung"}) {
            QVERIFY2(decision.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(!decision.contains(QStringLiteral("Điều 4.")));
        // The annex: every result, attached by number and date.
        const QString annex = probe.flatText(annexPage, pages);
        QVERIFY(annex.contains(QStringLiteral("Danh sách công nhận kết quả đánh giá, xếp loại công chức")));
        QVERIFY2(annex.contains(QStringLiteral(
                     "(Kèm theo Quyết định số 05/QĐ-SNV ngày 05 tháng 01 năm 2026 của Giám đốc Sở Nội vụ)")),
                 qPrintable(annex.left(600)));
        QVERIFY(annex.contains(QStringLiteral("STT Họ và tên Chức vụ, đơn vị Tổng điểm Mức xếp loại")));
        for (const ResultReportRow& row : data.rows) {
            QVERIFY2(annex.contains(row.name), qPrintable(row.name));
            QVERIFY2(annex.contains(ReportFixture::printed(row.total, 2)), qPrintable(row.total.toString()));
            QVERIFY2(annex.contains(data.gradeTitle(row.grade)), qPrintable(row.grade));
        }
        const QString all = probe.flatText();
        QVERIFY(!all.contains(QStringLiteral("⟦")));
        QVERIFY2(!ReportFixture::hasPointDecimals(all), "a number with a decimal point");
        QString why;
        QVERIFY2(probe.matchesReference(
                     danhgia::test::dataPath(QStringLiteral("documents/recognition-decision-page1.png")),
                     0.01, &why),
                 qPrintable(why));
    }

    void dateLineAndBlankNumber()
    {
        const PdfProbe probe = write(m_fixture.load(Staff, QStringLiteral("SNV-CCVC")),
                                     m_fixture.homeAffairsSettings(QDate(2026, 6, 29), 0),
                                     QStringLiteral("recognition-decision-june.pdf"));
        const QString text = probe.flatText();
        QVERIFY2(text.contains(QStringLiteral("Lạng Sơn, ngày 29 tháng 6 năm 2026")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("đối với 5 cá nhân")));
        QVERIFY(text.contains(QStringLiteral("ngày 29 tháng 6 năm 2026 của Giám đốc Sở Nội vụ)")));
        QVERIFY(!text.contains(QStringLiteral("Số: 00")));
        // Without a number, room is left to write it in the header and in the annex.
        static const QRegularExpression room(QStringLiteral("Số:[\\s\\x{00A0}]{4,}/QĐ-SNV"));
        QVERIFY2(room.match(probe.text(1, 1, true)).hasMatch(), qPrintable(probe.text(1, 1, true).left(600)));
        static const QRegularExpression annexRoom(QStringLiteral("số[\\s\\x{00A0}]{4,}/QĐ-SNV ngày"));
        QVERIFY(annexRoom.match(probe.text(2, 2, true)).hasMatch());
    }

    // However long the basis, the signature block is never cut by a page break: "KT. GIÁM ĐỐC"
    // and the signer's name are on the same page.
    void signatureBlockIsNeverSplit()
    {
        const ResultReportData data = m_fixture.load(Staff, QStringLiteral("SNV-CCVC"));
        DocumentSettings settings = m_fixture.homeAffairsSettings(QDate(2026, 1, 5), 5);
        int crossedAPage = 0;
        for (int lines = 0; lines <= 16; ++lines) {
            QStringList basis;
            for (int i = 1; i <= lines; ++i) {
                basis.append(
                    QStringLiteral("Căn cứ Kế hoạch số %1/KH-SNV về đánh giá, xếp loại chất lượng công chức")
                        .arg(i));
            }
            settings.basis = basis.join(QLatin1Char('\n'));
            const PdfProbe probe = write(data, settings, QStringLiteral("decision-basis-%1.pdf").arg(lines));
            int authorityPage = 0;
            int namePage = 0;
            for (int page = 1; page <= probe.pageCount(); ++page) {
                const QString text = probe.flatText(page, page);
                authorityPage = authorityPage == 0 && text.contains(QStringLiteral("KT. GIÁM ĐỐC"))
                    ? page
                    : authorityPage;
                namePage = namePage == 0 && text.contains(QStringLiteral("Lương Thị Hồng Nhung")) ? page
                                                                                                  : namePage;
            }
            QVERIFY(authorityPage > 0);
            QCOMPARE(namePage, authorityPage);
            crossedAPage += authorityPage > 1 ? 1 : 0;
        }
        QVERIFY(crossedAPage > 0); // the block did reach the bottom of page 1
    }

    void theAnnexIsTheDocumentsTable()
    {
        const PrintableDocument document = RecognitionDecision::compose(
            m_fixture.load(Staff),
            RecognitionDecision::settingsFor(m_fixture.homeAffairsSettings(QDate(2026, 1, 5), 5)),
            QStringLiteral("Trưởng phòng Công chức, viên chức"));
        QCOMPARE(document.tables.size(), 1);
        QCOMPARE(document.tables.first().rows.size(), 40);
        QVERIFY(
            document.html.contains(QStringLiteral("Theo đề nghị của Trưởng phòng Công chức, viên chức.")));
        QVERIFY(document.html.contains(QStringLiteral("page-break-after:always")));
    }

private:
    QTemporaryDir m_dir;
    ReportFixture m_fixture;
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestRecognitionDecision)
#include "TestRecognitionDecision.moc"
