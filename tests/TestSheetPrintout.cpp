// "Phiếu đánh giá, xếp loại chất lượng": one person's or one unit's score sheet for one period,
// printed from the demo database and from hand-made data, checked in the PDF as a reader would:
// A4, fonts embedded, the wording intact, every criterion's points from the core written the
// Vietnamese way, the grades, the appraiser's reasons, the decided grade, the signatures.

#include "PdfProbe.h"
#include "SheetFixture.h"
#include "SheetPrintoutFixture.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "documents/DocumentRenderer.h"
#include "documents/SheetPrintout.h"
#include "services/SheetEditor.h"
#include "sources/SheetPrintoutSource.h"
#include "stores/ClassificationStore.h"
#include "stores/CommentStore.h"

#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using danhgia::test::PdfProbe;
using namespace danhgia::test::sheetprintout;

class TestSheetPrintout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath; // built once, copied for each function
    int m_copies = 0;
    Database m_db;

    static DocumentSettings settings() { return SheetPrintout::defaultSettings(QDate(2026, 11, 30)); }

    QString writePdf(const PrintableDocument& document, const QString& name, int* pages = nullptr)
    {
        const QString path = PdfProbe::outputPath(m_dir, name);
        QString error;
        if (!DocumentRenderer::writePdf(document, path, &error, pages)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

    qint64 firstId(const QString& sql)
    {
        QSqlQuery query(m_db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demoPath, &error), qPrintable(error));
    }

    // A copy of the demo database of its own for each function.
    void init()
    {
        const QString copy = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_copies));
        QVERIFY(QFile::copy(m_demoPath, copy));
        QString error;
        QVERIFY2(m_db.open(copy, &error, false), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void periodIsWrittenInWords_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("expected");
        QTest::newRow("month") << QStringLiteral("2026-11") << QStringLiteral("Tháng 11 năm 2026");
        QTest::newRow("september") << QStringLiteral("2026-09") << QStringLiteral("Tháng 9 năm 2026");
        QTest::newRow("january") << QStringLiteral("2026-01") << QStringLiteral("Tháng 01 năm 2026");
        QTest::newRow("year") << QStringLiteral("2026") << QStringLiteral("Năm 2026");
        QTest::newRow("quarter") << QStringLiteral("2026-Q4") << QStringLiteral("Quý IV năm 2026");
        QTest::newRow("other") << QStringLiteral("đợt 2") << QStringLiteral("đợt 2");
    }
    void periodIsWrittenInWords()
    {
        QFETCH(QString, period);
        QFETCH(QString, expected);
        QCOMPARE(SheetPrintout::periodTitle(period), expected);
    }

    void handMadeSheetPrintsTheCoreScores()
    {
        const PrintableDocument document = SheetPrintout::compose(handMadeSheet(), settings());
        QCOMPARE(document.fileName, QStringLiteral("nguyen-thi-anh-tuyet-2026-11"));
        const QString path = writePdf(document, QStringLiteral("sheet-hand-made.pdf"));
        QVERIFY(!path.isEmpty());
        PdfProbe probe(path);
        QVERIFY(probe.isA4());
        QCOMPARE(probe.pageCount(), 1);
        const QString text = drawnText(path);
        for (const char* expected : {"UBND TỈNH LẠNG SƠN",
                                     "SỞ NỘI VỤ",
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                     "Độc lập - Tự do - Hạnh phúc",
                                     "Lạng Sơn, ngày 30 tháng 11 năm 2026",
                                     "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG",
                                     "Tháng 11 năm 2026",
                                     "Họ và tên: Nguyễn Thị Ánh Tuyết",
                                     "Chức vụ, chức danh: Chuyên viên chính",
                                     "Đơn vị công tác: Phòng Công chức, viên chức",
                                     "Cơ quan: Sở Nội vụ",
                                     "Mã Tiêu chí Điểm tối đa Tự chấm Thủ trưởng chấm",
                                     "1 Tiêu chí chung 30 28,5 27,5",
                                     "1.1 Phẩm chất chính trị, đạo đức, lối sống 10 8,5 7,5",
                                     "1.2 Ý thức tổ chức kỷ luật 20 20 20",
                                     "2 Kết quả thực hiện nhiệm vụ 70 62,3 60,2",
                                     "2.1 Khối lượng, chất lượng, tiến độ công việc 70 62,3 60,2",
                                     "Tổng điểm 100 90,8 87,7",
                                     "Chỉ số (%) 90,8 87,7",
                                     "Xếp loại Hoàn thành xuất sắc nhiệm vụ Hoàn thành tốt nhiệm vụ",
                                     "II. NHẬN XÉT, ĐÁNH GIÁ CỦA THỦ TRƯỞNG ĐƠN VỊ",
                                     "- Tiêu chí 1.1: Chưa gương mẫu trong việc chấp hành giờ giấc",
                                     "Đề xuất xếp loại: Hoàn thành tốt nhiệm vụ",
                                     "Cấp có thẩm quyền quyết định xếp loại: ....",
                                     "NGƯỜI TỰ ĐÁNH GIÁ (Ký, ghi rõ họ tên) Nguyễn Thị Ánh Tuyết THỦ TRƯỞNG "
                                     "ĐƠN VỊ (Ký, ghi rõ họ tên)"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        // A form has no number line, and no wording is missing.
        QVERIFY(!text.contains(QStringLiteral("Số:")));
        QVERIFY(!text.contains(QStringLiteral("⟦")));
    }

    void sheetBeforeTheAppraisalLeavesTheHeadsColumnBlank()
    {
        SheetPrintoutData data = handMadeSheet();
        data.appraised.reset();
        data.comments.clear();
        const QString path
            = writePdf(SheetPrintout::compose(data, settings()), QStringLiteral("sheet-draft.pdf"));
        const QString text = drawnText(path);
        QVERIFY(text.contains(QStringLiteral("Tổng điểm 100 90,8")));
        QVERIFY(text.contains(QStringLiteral("Xếp loại Hoàn thành xuất sắc nhiệm vụ")));
        for (const char* appraised : {"7,5", "60,2", "87,7", "Hoàn thành tốt nhiệm vụ"}) {
            QVERIFY2(!text.contains(QString::fromUtf8(appraised)), appraised);
        }
        QVERIFY(text.contains(QStringLiteral("Đề xuất xếp loại: ....")));
    }

    void signatureBlockIsNeverSplitAcrossPages()
    {
        // More and more comments push the signatures down until they no longer fit on page 1:
        // the whole block (title, room to sign, name) moves to page 2, never half of it.
        SheetPrintoutData data = handMadeSheet();
        int movedAt = -1;
        for (int count = 1; count <= 12 && movedAt < 0; ++count) {
            data.comments.append(
                {QStringLiteral("1.2"), QStringLiteral("Nhận xét thứ %1 của thủ trưởng").arg(count)});
            int pages = 0;
            const QString path = writePdf(SheetPrintout::compose(data, settings()),
                                          QStringLiteral("sheet-comments.pdf"), &pages);
            const QString last = drawnText(path, pages);
            QVERIFY2(
                last.contains(QStringLiteral("NGƯỜI TỰ ĐÁNH GIÁ (Ký, ghi rõ họ tên) Nguyễn Thị Ánh Tuyết THỦ "
                                             "TRƯỞNG ĐƠN VỊ (Ký, ghi rõ họ tên)")),
                qPrintable(QStringLiteral("%1 comments, page %2: %3").arg(count).arg(pages).arg(last)));
            movedAt = pages > 1 ? count : -1;
        }
        QVERIFY(movedAt > 0);
    }

    void personSheetFromTheDemo()
    {
        // A sheet of October whose appraisal changed a self-assessed value.
        const qint64 id = firstId(QStringLiteral(
            "SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id WHERE c.code = "
            "'CCVC-2026-Q4' AND s.period = '2026-10' AND EXISTS (SELECT 1 FROM sheet_values a JOIN "
            "sheet_values b ON b.sheet_id = a.sheet_id AND b.code = a.code AND b.stage = 'appraised' "
            "WHERE a.sheet_id = s.id AND a.stage = 'self' AND a.value <> b.value) ORDER BY s.subject_code"));
        QVERIFY(id > 0);
        SheetPrintoutSource source(m_db.connection());
        QString error;
        const auto data = source.load(id, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(data->appraised);
        QVERIFY(!data->subjectIsUnit);
        QVERIFY(!data->comments.isEmpty());
        int pages = 0;
        const QString path = writePdf(SheetPrintout::compose(*data, settings()),
                                      QStringLiteral("sheet-printout.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        PdfProbe probe(path);
        QVERIFY(probe.isA4());
        QCOMPARE(probe.pageCount(), pages);
        const auto fonts = probe.fonts();
        QVERIFY(!fonts.isEmpty());
        for (const auto& font : fonts) {
            QVERIFY2(font.embedded, qPrintable(font.name));
        }
        const QString text = drawnText(path);
        // Who is assessed, from the catalogue, with the agency of the office in the header.
        QVERIFY2(text.contains(QStringLiteral("Họ và tên: ") + data->subjectName),
                 qPrintable(data->subjectName));
        QVERIFY(data->subjectName.contains(QRegularExpression(QStringLiteral("[ễữạặầđĐơưỗồóàáảãạêệ]"))));
        QVERIFY(text.contains(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")));
        QVERIFY(text.contains(QStringLiteral("SỞ NỘI VỤ")));
        QVERIFY(text.contains(QStringLiteral("Đơn vị công tác: Phòng Công chức, viên chức")));
        QVERIFY(text.contains(QStringLiteral("Tháng 10 năm 2026")));
        QVERIFY(text.contains(QStringLiteral("Cơ quan: Sở Nội vụ")));
        const QStringList rows = expectedRows(*data);
        QCOMPARE(rows.size(), data->set.nodeCount() + 3);
        for (const QString& row : rows) {
            QVERIFY2(text.contains(row), qPrintable(row));
        }
        // The grade the core gives the appraisal, proposed; the appraiser's reason.
        const SubjectResult appraised = SheetScorer(data->set).score(*data->appraised, {});
        const ResultClassifier classifier(data->set);
        const QString grade
            = data->set.grades.at(data->set.gradeIndex(classifier.gradeForIndex(appraised.index))).title;
        QVERIFY2(text.contains(QStringLiteral("Đề xuất xếp loại: ") + grade), qPrintable(grade));
        QVERIFY(text.contains(data->comments.first().text.simplified()));
        QVERIFY(text.contains(QStringLiteral("NGƯỜI TỰ ĐÁNH GIÁ")));
        QVERIFY(text.contains(QStringLiteral("NGƯỜI TỰ ĐÁNH GIÁ (Ký, ghi rõ họ tên) ") + data->subjectName
                              + QStringLiteral(" THỦ TRƯỞNG ĐƠN VỊ (Ký, ghi rõ họ tên)")));
        QString why;
        QVERIFY2(probe.matchesReference(test::dataPath(QStringLiteral("documents/sheet-printout-page1.png")),
                                        0.01, &why),
                 qPrintable(why));
    }

    void relativeLeavesAreScoredAgainstTheCampaign()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("fixture.sqlite")), &error), qPrintable(error));
        test::SheetFixture fixture;
        QVERIFY2(fixture.populate(db, &error), qPrintable(error));
        ScoreSheet sheet;
        sheet.criteriaId = QStringLiteral("every-method");
        sheet.subject = {QStringLiteral("CV01"), QStringLiteral("Nguyễn Thị Hoa"),
                         QStringLiteral("chuyenvien"), QString()};
        sheet.period = QStringLiteral("2026-05");
        for (const auto& [code, value] : test::SheetFixture::everyValue()) {
            sheet.setValue(code, value);
        }
        // 4 against CV02's 8: half of the 10 points (84.46 with 10, the best, would give 10).
        sheet.setValue(QStringLiteral("2.3"), test::SheetFixture::value(4));
        QVERIFY2(
            SheetStore::save(db.connection(), fixture.campaign, sheet, QStringLiteral("admin"), {}, &error),
            qPrintable(error));
        SheetPrintoutSource source(db.connection());
        const auto data = source.load(fixture.sheet, &error);
        QVERIFY2(data, qPrintable(error));
        const QString text = drawnText(
            writePdf(SheetPrintout::compose(*data, settings()), QStringLiteral("sheet-relative.pdf")));
        const QString title = data->set.node(data->set.indexOf(QStringLiteral("2.3"))).title;
        QVERIFY2(text.contains(QStringLiteral("2.3 ") + title + QStringLiteral(" 10 5 ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Tổng điểm 100 79,46")));
        // No person of that code in the catalogue: the sheet's own name, no unit line.
        QVERIFY(text.contains(QStringLiteral("Họ và tên: Nguyễn Thị Hoa")));
        QVERIFY(!text.contains(QStringLiteral("Đơn vị công tác:")));
    }

    void reasonsAndCommentsOfTheAppraiser()
    {
        // A November sheet waiting for the appraisal: the appraiser changes one value with a
        // reason and comments on the sheet.
        const qint64 id = firstId(QStringLiteral(
            "SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id WHERE c.code = "
            "'CCVC-2026-Q4' AND s.state = 'submitted' ORDER BY s.subject_code"));
        QVERIFY(id > 0);
        SheetEditor editor(m_db);
        QString error;
        QVERIFY2(editor.load(id, &error), qPrintable(error));
        LeafValue lowest;
        lowest.kind = LeafValue::Kind::Level;
        lowest.level = editor.criteriaSet()
                           .node(editor.criteriaSet().indexOf(QStringLiteral("1.2")))
                           .method.levels.size()
            - 1;
        const QString reason = QStringLiteral("Đi muộn 3 buổi trong tháng, đã nhắc nhở");
        QVERIFY2(editor.write({Stage::Appraised, QStringLiteral("1.2"), lowest, reason}, Role::Appraiser,
                              QStringLiteral("Nông Thị Hạnh"), &error),
                 qPrintable(error));
        QVERIFY2(CommentStore::add(m_db, id, QString(), QStringLiteral("Nông Thị Hạnh"),
                                   QStringLiteral("Cần chủ động hơn trong phối hợp với các phòng"), &error),
                 qPrintable(error));
        SheetPrintoutSource source(m_db.connection());
        const auto data = source.load(id, &error);
        QVERIFY2(data, qPrintable(error));
        const QString text = drawnText(
            writePdf(SheetPrintout::compose(*data, settings()), QStringLiteral("sheet-reasons.pdf")));
        QVERIFY2(text.contains(QStringLiteral("- Tiêu chí 1.2: ") + reason), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("- Cần chủ động hơn trong phối hợp với các phòng")));
        // The lowest level gives 0 points in the head's column of 1.2.
        QVERIFY(data->appraised);
        const QString title = data->set.node(data->set.indexOf(QStringLiteral("1.2"))).title;
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("1\\.2 ") + QRegularExpression::escape(title)
                                                  + QStringLiteral(" 5 [0-9,]+ 0 1\\.3 "))),
                 qPrintable(text));
        for (const QString& row : expectedRows(*data)) {
            QVERIFY2(text.contains(row), qPrintable(row));
        }
    }

    void decidedGradeOfASinglePeriodCampaign()
    {
        QString error;
        const auto classification
            = ClassificationStore::classify(m_db.connection(), QStringLiteral("CCHC-2026"), &error);
        QVERIFY2(classification, qPrintable(error));
        const SubjectResult subject = classification->groups.first().result.results.first();
        const CriteriaSet& set = classification->set;
        // Another grade than the rules give: an override, printed with its reason and approver.
        const Grade other = set.grades.at((set.gradeIndex(subject.grade) + 1) % set.grades.size());
        QVERIFY2(ClassificationStore::decide(m_db, QStringLiteral("CCHC-2026"), subject.subjectId, other.code,
                                             QStringLiteral("Đơn vị có sáng kiến được Bộ ghi nhận"),
                                             QStringLiteral("Hoàng Văn Thụ"), Role::CouncilChair,
                                             QStringLiteral("test"), &error),
                 qPrintable(error));
        const qint64 id
            = firstId(QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = "
                                     "s.campaign_id WHERE c.code = 'CCHC-2026' AND s.subject_code = '%1'")
                          .arg(subject.subjectId));
        SheetPrintoutSource source(m_db.connection());
        const auto data = source.load(id, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(data->subjectIsUnit);
        int pages = 0;
        const QString path
            = writePdf(SheetPrintout::compose(*data, settings()), QStringLiteral("sheet-unit.pdf"), &pages);
        PdfProbe probe(path);
        const QString text = drawnText(path);
        const QString title = other.title.isEmpty() ? other.code : other.title;
        QVERIFY2(text.contains(QStringLiteral("Cấp có thẩm quyền quyết định xếp loại: ") + title),
                 qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("Lý do: Đơn vị có sáng kiến được Bộ ghi nhận. Người phê duyệt: Hoàng "
                           "Văn Thụ.")));
        QVERIFY(text.contains(QStringLiteral("Tên cơ quan, đơn vị: ") + data->subjectName));
        QVERIFY(text.contains(QStringLiteral("Năm 2026")));
        QVERIFY(text.contains(QStringLiteral("Mã Tiêu chí Điểm tối đa Tự chấm Thẩm định")));
        QVERIFY(text.contains(QStringLiteral("II. Ý KIẾN THẨM ĐỊNH")));
        // The unit's sheet is headed by the settings (the appraising department).
        QVERIFY(text.contains(QStringLiteral("UBND TỈNH LẠNG SƠN")));
        // Thirty criteria: the table goes on, numbered pages with its header row repeated.
        QVERIFY(pages >= 2);
        QCOMPARE(probe.text(2, 2).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(), QStringLiteral("2"));
        QVERIFY(probe.flatText(2, 2).contains(QStringLiteral("Tiêu chí Điểm tối đa Tự chấm Thẩm định")));
    }

    void decisionOfACampaignOfSeveralPeriodsIsNotOnAMonthsSheet()
    {
        QString error;
        const qint64 id = firstId(QStringLiteral(
            "SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id WHERE c.code = "
            "'CCVC-2026-Q4' AND s.subject_code = 'CC003' AND s.period = '2026-09'"));
        const auto classification
            = ClassificationStore::classify(m_db.connection(), QStringLiteral("CCVC-2026-Q4"), &error);
        QVERIFY2(classification, qPrintable(error));
        QString grade;
        for (const auto& group : classification->groups) {
            for (const SubjectResult& result : group.result.results) {
                grade = result.subjectId == QLatin1String("CC003") ? result.grade : grade;
            }
        }
        QVERIFY2(ClassificationStore::decide(m_db, QStringLiteral("CCVC-2026-Q4"), QStringLiteral("CC003"),
                                             grade, QString(), QString(), Role::UnitHead,
                                             QStringLiteral("test"), &error),
                 qPrintable(error));
        SheetPrintoutSource source(m_db.connection());
        const auto data = source.load(id, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(!data->decision);
    }

    void unknownSheetIsRefused()
    {
        SheetPrintoutSource source(m_db.connection());
        QString error;
        QVERIFY(!source.load(987654, &error));
        QVERIFY2(error.contains(QStringLiteral("987654")), qPrintable(error));
        QVERIFY(!source.campaignSheets(QStringLiteral("KHONG-CO"), &error));
        QVERIFY2(error.contains(QStringLiteral("KHONG-CO")), qPrintable(error));
    }
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestSheetPrintout)
#include "TestSheetPrintout.moc"
