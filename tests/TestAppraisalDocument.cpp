// The appraisal minutes of one unit (biên bản thẩm định kết quả tự đánh giá): both stages scored by
// the scoring core, the changed criteria with the appraiser's reasons, the quorum, and the printed
// PDF read back as a person would check it (A4, fonts embedded, the Vietnamese text intact, every
// field's points, the annex on its own pages, page 1 like its reference picture).

#include "AppraisalSamples.h"
#include "PdfProbe.h"
#include "TestSupport.h"
#include "documentdata/DocumentWording.h"
#include "documents/AppraisalComparison.h"
#include "documents/AppraisalMinutes.h"
#include "documents/DocumentRenderer.h"
#include "scoring/ScoringEngine.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTemporaryDir>

using namespace danhgia;
using danhgia::test::AppraisalSamples;
using danhgia::test::PdfProbe;

namespace {

QString vietnamese(Decimal value)
{
    return value.toLocaleString(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

const DocumentTable* tableNamed(const PrintableDocument& document, const char* wordingKey)
{
    for (const DocumentTable& table : document.tables) {
        if (table.name == DocumentWording::text(wordingKey)) {
            return &table;
        }
    }
    return nullptr;
}

} // namespace

class TestAppraisalDocument : public QObject
{
    Q_OBJECT

private:
    // The sample minutes printed once for the PDF checks.
    QString printed(const AppraisalMinutesInput& input, const QString& name, int* pages = nullptr)
    {
        const QString path = PdfProbe::outputPath(m_dir, name);
        QString error;
        if (!DocumentRenderer::writePdf(AppraisalMinutes::compose(input, AppraisalSamples::settings()), path,
                                        &error, pages)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void bothStagesAreScoredByTheScoringCore()
    {
        const AppraisalMinutesInput input = AppraisalSamples::input();
        QVERIFY(!AppraisalComparison::check(input).hasErrors());
        const AppraisalComparison comparison(input);
        // The same numbers as `danhgia-cli score` gives for each sheet.
        const ScoringEngine engine(input.set);
        for (const auto& [sheet, result] : {std::pair{&input.self, &comparison.self()},
                                            std::pair{&input.appraised, &comparison.appraised()}}) {
            const auto scored = engine.score({*sheet}, false, nullptr);
            QVERIFY(scored);
            const SubjectResult& expected = scored->results.first();
            QCOMPARE(result->total, expected.total);
            QCOMPARE(result->max, expected.max);
            QCOMPARE(result->index, expected.index);
            QCOMPARE(result->grade, expected.grade);
            for (int node = 0; node < input.set.nodeCount(); ++node) {
                QCOMPARE(result->nodes[std::size_t(node)].points, expected.nodes[std::size_t(node)].points);
            }
        }
        QCOMPARE(comparison.self().index.toString(), QStringLiteral("90.98"));
        QCOMPARE(comparison.self().grade, QStringLiteral("A"));
        QCOMPARE(comparison.appraised().index.toString(), QStringLiteral("89.24"));
        QCOMPARE(comparison.appraised().grade, QStringLiteral("B"));
        QCOMPARE(comparison.gradeTitle(QStringLiteral("B")), QStringLiteral("Nhóm B"));
    }

    void onlyChangedCriteriaAreListedWithTheirReasons()
    {
        const AppraisalMinutesInput input = AppraisalSamples::input();
        const AppraisalComparison comparison(input);
        QStringList changed;
        for (const int leaf : comparison.changedLeaves()) {
            changed.append(input.set.node(leaf).code);
        }
        QCOMPARE(changed,
                 (QStringList{QStringLiteral("1.1.1"), QStringLiteral("1.4"), QStringLiteral("3.2"),
                              QStringLiteral("4.2"), QStringLiteral("7.3"), QStringLiteral("9.1")}));
        // 5.3 carries a note but keeps its points: it is no change.
        QVERIFY(input.reasons.contains(QStringLiteral("5.3")));
        const PrintableDocument document = AppraisalMinutes::compose(input, AppraisalSamples::settings());
        const DocumentTable* changes = tableNamed(document, "appraisal.sheet.changes");
        QVERIFY(changes);
        QCOMPARE(changes->rows.size(), changed.size());
        for (int i = 0; i < changed.size(); ++i) {
            const QList<DocumentCell>& row = changes->rows.at(i);
            QCOMPARE(row.at(0).text, changed.at(i));
            QCOMPARE(row.at(5).text, input.reasons.value(changed.at(i)));
            QVERIFY(!row.at(5).text.isEmpty());
        }
        // 4.2: 3 self-assessed, 0 appraised, -3.
        const QList<DocumentCell>& staffing = changes->rows.at(3);
        QCOMPARE(staffing.at(2).displayText(), QStringLiteral("3"));
        QCOMPARE(staffing.at(3).displayText(), QStringLiteral("0"));
        QCOMPARE(staffing.at(4).displayText(), QStringLiteral("-3"));
    }

    void everyTableGoesToTheDocument()
    {
        const AppraisalMinutesInput input = AppraisalSamples::input();
        const PrintableDocument document = AppraisalMinutes::compose(input, AppraisalSamples::settings());
        QCOMPARE(document.tables.size(), 3);
        const DocumentTable* fields = tableNamed(document, "appraisal.sheet.fields");
        const DocumentTable* details = tableNamed(document, "appraisal.sheet.details");
        QVERIFY(fields && details);
        QCOMPARE(fields->rows.size(), input.set.topLevel().size() + 1);
        QCOMPARE(details->rows.size(), input.set.nodeCount() + 1);
        // Groups are bold in the annex, leaves are not; the note on 5.3 is kept there.
        const int group = input.set.indexOf(QStringLiteral("1.1"));
        const int leaf = input.set.indexOf(QStringLiteral("5.3"));
        QVERIFY(details->rows.at(group).at(1).bold);
        QVERIFY(!details->rows.at(leaf).at(1).bold);
        QCOMPARE(details->rows.at(leaf).at(5).text, QStringLiteral("Đã đối chiếu danh sách bồi dưỡng"));
        QCOMPARE(document.fileName, QStringLiteral("bien-ban-tham-dinh-snnmt"));
    }

    void checkNamesTheSheetAndTheCriterion()
    {
        AppraisalMinutesInput input = AppraisalSamples::input();
        input.appraised.subject.id = QStringLiteral("SYT");
        LeafValue value;
        value.kind = LeafValue::Kind::Points;
        value.number = *Decimal::fromString(QStringLiteral("1.1"));
        input.self.setValue(QStringLiteral("1.4"), value);
        const AppraisalComparison::Issues issues = AppraisalComparison::check(input);
        QVERIFY(issues.hasErrors());
        QCOMPARE(issues.self.size(), 1);
        QCOMPARE(issues.self.first().code, QStringLiteral("1.4"));
        QCOMPARE(issues.appraised.size(), 1);
        QCOMPARE(issues.appraised.first().path, QStringLiteral("subject.id"));
        QVERIFY(issues.appraised.first().message.contains(QStringLiteral("SYT")));
    }

    void quorumIsMoreThanHalfOfTheMembers()
    {
        QVERIFY(AppraisalMinutes::hasQuorum(5, 7));
        QVERIFY(AppraisalMinutes::hasQuorum(4, 7));
        QVERIFY(!AppraisalMinutes::hasQuorum(3, 7));
        QVERIFY(!AppraisalMinutes::hasQuorum(3, 6));
        QVERIFY(AppraisalMinutes::hasQuorum(4, 6));
        QVERIFY(!AppraisalMinutes::hasQuorum(0, 0));

        AppraisalMinutesInput input = AppraisalSamples::input();
        // The chair and the vice-chair away as well: 3 of 7 present.
        input.members[0].present = false;
        input.members[1].present = false;
        const QString path = printed(input, QStringLiteral("appraisal-no-quorum.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = PdfProbe(path).flatText();
        QVERIFY(text.contains(QStringLiteral("Thành viên Hội đồng có mặt: 3/7 thành viên")));
        QVERIFY(text.contains(QStringLiteral("Thành viên Hội đồng vắng mặt: 4 thành viên")));
        QVERIFY(
            text.contains(QStringLiteral("không quá một nửa tổng số thành viên Hội đồng; cuộc họp không đủ "
                                         "điều kiện tiến hành")));
    }

    void minutesArePrintedOnA4WithEveryPart()
    {
        const AppraisalMinutesInput input = AppraisalSamples::input();
        int pages = 0;
        const QString path = printed(input, QStringLiteral("appraisal-minutes.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        PdfProbe probe(path);
        QVERIFY(probe.isA4());
        QCOMPARE(probe.pageCount(), pages);
        QVERIFY(pages >= 2);
        for (const auto& font : probe.fonts()) {
            QVERIFY2(font.embedded, qPrintable(font.name));
        }
        const QString text = probe.flatText();
        for (const char* expected : {"UBND TỈNH LẠNG SƠN",
                                     "HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC",
                                     "Số: 05/BB-HĐTĐ",
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                     "Độc lập - Tự do - Hạnh phúc",
                                     "BIÊN BẢN",
                                     "Thẩm định kết quả tự đánh giá, chấm điểm Bộ tiêu chí xác định Chỉ số "
                                     "cải cách hành chính của các "
                                     "sở, ban, ngành năm 2026 (mẫu) của Sở Nông nghiệp và Môi trường",
                                     "Căn cứ Quyết định số 1520/QĐ-UBND ngày 10 tháng 11 năm 2025",
                                     "Căn cứ Kế hoạch số 215/KH-SNV ngày 20 tháng 11 năm 2025",
                                     "Thời gian: 08 giờ 00 phút, ngày 05 tháng 01 năm 2026.",
                                     "Địa điểm: Phòng họp số 2, Sở Nội vụ tỉnh Lạng Sơn.",
                                     "Thành viên Hội đồng có mặt: 5/7 thành viên",
                                     "- Triệu Thị Ngọc Ánh, Phó Chánh Văn phòng UBND tỉnh, Ủy viên;",
                                     "- Vy Văn Đức, Phó Giám đốc Sở Tư pháp, Ủy viên.",
                                     "quá một nửa tổng số thành viên Hội đồng; cuộc "
                                     "họp đủ điều kiện tiến hành",
                                     "Chủ tọa: Hoàng Văn Thụ, Phó Giám đốc Sở Nội vụ, Chủ tịch Hội đồng.",
                                     "Thư ký: Bế Thị Thanh Hoa",
                                     "Kết quả tự đánh giá: 90,98/100 điểm, chỉ số 90,98%, xếp loại: Nhóm A;",
                                     "Kết quả thẩm định: 89,24/100 điểm, chỉ số 89,24%, xếp loại: Nhóm B;",
                                     "Chênh lệch giữa kết quả thẩm định và kết quả tự đánh giá: -1,74 điểm.",
                                     "Các tiêu chí được điều chỉnh điểm (6 tiêu chí)",
                                     "Giao Phòng Cải cách hành chính tổng hợp kết quả.",
                                     "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 05 tháng 01 năm 2026./.",
                                     "THƯ KÝ",
                                     "CHỦ TỌA",
                                     "Bế Thị Thanh Hoa",
                                     "Hoàng Văn Thụ",
                                     "PHỤ LỤC",
                                     "Kết quả thẩm định chi tiết của Sở Nông nghiệp và "
                                     "Môi trường",
                                     "(Kèm theo Biên bản số 05/BB-HĐTĐ ngày 05 tháng 01 năm 2026)"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(!text.contains(QStringLiteral("⟦")));
        // The minutes have no date line in their header: the meeting's time is in the body.
        QVERIFY(!text.contains(QStringLiteral("Lạng Sơn, ngày")));
    }

    void everyFieldIsPrintedWithBothScores()
    {
        const AppraisalMinutesInput input = AppraisalSamples::input();
        const AppraisalComparison comparison(input);
        const QString path = printed(input, QStringLiteral("appraisal-fields.pdf"));
        const QString text = PdfProbe(path).flatText();
        for (const int field : input.set.topLevel()) {
            const Criterion& node = input.set.node(field);
            const Decimal self = comparison.selfNode(field).points;
            const Decimal appraised = comparison.appraisedNode(field).points;
            // One row of the table: field, maximum, self, appraised, difference ("9,8 9,05 -0,75").
            const QString row = QStringLiteral("%1. %2 %3 %4 %5 %6")
                                    .arg(node.code, node.title, vietnamese(node.max), vietnamese(self),
                                         vietnamese(appraised), vietnamese(appraised - self));
            QVERIFY2(text.contains(row), qPrintable(row));
        }
        QVERIFY(text.contains(
            QStringLiteral("1. Công tác chỉ đạo, điều hành cải cách hành chính 11 9,8 9,05 -0,75")));
        QVERIFY(text.contains(QStringLiteral("Tổng cộng 100 90,98 89,24 -1,74")));
        // The changed criteria with their reasons, as the appraiser wrote them.
        for (const int leaf : comparison.changedLeaves()) {
            const QString reason = input.reasons.value(input.set.node(leaf).code);
            QVERIFY2(text.contains(reason), qPrintable(reason));
        }
        QVERIFY(text.contains(QStringLiteral(
            "4.2 Thực hiện biên chế được giao 3 0 -3 Số người làm việc vượt 02 chỉ tiêu so với biên "
            "chế được giao")));
    }

    void annexStartsOnItsOwnPage()
    {
        int pages = 0;
        const QString path
            = printed(AppraisalSamples::input(), QStringLiteral("appraisal-annex.pdf"), &pages);
        PdfProbe probe(path);
        int closing = 0;
        int annex = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = probe.flatText(page, page);
            if (closing == 0 && text.contains(QStringLiteral("Cuộc họp kết thúc vào"))) {
                closing = page;
            }
            if (annex == 0 && text.contains(QStringLiteral("(Kèm theo Biên bản số"))) {
                annex = page;
            }
        }
        QVERIFY(closing > 0);
        QVERIFY2(annex > closing,
                 qPrintable(QStringLiteral("closing on %1, annex on %2").arg(closing).arg(annex)));
        QVERIFY(!probe.flatText(annex, annex).contains(QStringLiteral("Cuộc họp kết thúc vào")));
        // The annex lists every criterion, the last one included.
        QVERIFY(probe.flatText(annex, pages)
                    .contains(QStringLiteral("9.1 Vi phạm kỷ luật hành chính bị phát hiện")));
    }

    void annexRowsBrokenAcrossPagesStayBelowTheRepeatedHeader()
    {
        // Long reasons on every criterion: rows of several lines, some broken across pages.
        AppraisalMinutesInput input = AppraisalSamples::input();
        for (const int leaf : input.set.leaves()) {
            input.reasons.insert(
                input.set.node(leaf).code,
                QStringLiteral("Hồ sơ minh chứng của tiêu chí %1 được Tổ giúp việc đối chiếu với báo "
                               "cáo định kỳ, kế hoạch năm và các văn bản chỉ đạo của Ủy ban nhân dân "
                               "tỉnh; Hội đồng thống nhất kết quả như trên.")
                    .arg(input.set.node(leaf).code));
        }
        int pages = 0;
        const QString probePath = printed(input, QStringLiteral("appraisal-long-annex.pdf"), &pages);
        PdfProbe probe(probePath);
        int annex = 0;
        for (int page = 1; page <= pages && annex == 0; ++page) {
            annex = probe.flatText(page, page).contains(QStringLiteral("(Kèm theo Biên bản số")) ? page : 0;
        }
        QVERIFY(annex > 0 && pages >= annex + 2);
        // On each further page the repeated header row stands alone: no cell of a row broken
        // across the pages is drawn over it (only words in the printed area count; pdftotext also
        // finds the words a page clips away).
        for (int page = annex + 1; page <= pages; ++page) {
            const QString inHeader = AppraisalSamples::wordsOverTheHeaderRow(probePath, page);
            QVERIFY2(inHeader.isEmpty(), qPrintable(QStringLiteral("page %1: %2").arg(page).arg(inHeader)));
        }
    }

    void withoutCouncilOrConclusionTheMinutesLeaveRoomToWrite()
    {
        AppraisalMinutesInput input = AppraisalSamples::input();
        input.members.clear();
        input.conclusion.clear();
        const QString text = PdfProbe(printed(input, QStringLiteral("appraisal-blank.pdf"))).flatText();
        QVERIFY(text.contains(QStringLiteral("Thành viên Hội đồng có mặt: ......")));
        QVERIFY(!text.contains(QStringLiteral("điều kiện tiến hành")));
        QVERIFY(text.contains(QStringLiteral("Hội đồng thống nhất kết quả thẩm định của Sở Nông nghiệp và "
                                             "Môi trường là 89,24/100 điểm, chỉ số 89,24%.")));
    }

    void basisLinesKeepOneLead()
    {
        AppraisalMinutesInput input = AppraisalSamples::input();
        DocumentSettings settings = AppraisalSamples::settings();
        settings.basis = QStringLiteral("Căn cứ Quyết định số 12/QĐ-UBND;\n\n  Kế hoạch số 3/KH-SNV.");
        const PrintableDocument document = AppraisalMinutes::compose(input, settings);
        QVERIFY(document.html.contains(QStringLiteral("Căn cứ Quyết định số 12/QĐ-UBND;<")));
        QVERIFY(document.html.contains(QStringLiteral("Căn cứ Kế hoạch số 3/KH-SNV;<")));
        QVERIFY(!document.html.contains(QStringLiteral("Căn cứ Căn cứ")));
        // The default settings ask for the decision that formed the council.
        const DocumentSettings defaults = AppraisalMinutes::defaultSettings(QDate(2026, 1, 5));
        QCOMPARE(defaults.symbol, QStringLiteral("BB-HĐTĐ"));
        QVERIFY(defaults.basis.contains(QStringLiteral("thành lập Hội đồng thẩm định")));
    }

    void pageOneLooksLikeItsReference()
    {
        const QString path = printed(AppraisalSamples::input(), QStringLiteral("appraisal-reference.pdf"));
        QString why;
        QVERIFY2(PdfProbe(path).matchesReference(
                     test::dataPath(QStringLiteral("documents/appraisal-minutes-page1.png")), 0.01, &why),
                 qPrintable(why));
    }
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestAppraisalDocument)
#include "TestAppraisalDocument.moc"
