// The result report of a campaign: what it reads from the database (the engine's results, the
// quota of each task group, the grades decided against the rules), and the PDF an office signs:
// header and date line, counts per grade and group, the quota check, the full table with every
// score written the Vietnamese way, "Nơi nhận" and the signer.

#include "DocumentTestSupport.h"
#include "PdfProbe.h"
#include "QuotaFixture.h"
#include "ReportFixture.h"
#include "TestSupport.h"
#include "documents/DocumentRenderer.h"
#include "documents/ResultReport.h"
#include "queries/CampaignResults.h"
#include "results/ResultStatistics.h"
#include "stores/QuotaCeilingStore.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace danhgia;
using danhgia::test::PdfProbe;
using danhgia::test::ReportFixture;

namespace {

const QString Staff = QString::fromLatin1(DemoDatabase::StaffCampaign);
const QString Par = QString::fromLatin1(DemoDatabase::ParCampaign);

} // namespace

class TestResultReport : public QObject
{
    Q_OBJECT

private:
    // Writes the report and returns its probe; `pages` gets the renderer's page count.
    PdfProbe write(const ResultReportData& data, const DocumentSettings& settings, const QString& name,
                   int* pages = nullptr)
    {
        return danhgia::test::writeDocument(ResultReport::compose(data, ResultReport::settingsFor(settings)),
                                            m_dir, name, pages);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_fixture.create(m_dir.filePath(QStringLiteral("demo.sqlite")), &error), qPrintable(error));
    }

    // Totals, indexes and grades are the engine's; over three months each part's points are
    // the mean of the months, between the lowest and the highest of them.
    void readsTheEngineResults()
    {
        const ResultReportData data = m_fixture.load(Staff);
        Database db;
        QString error;
        QVERIFY(db.open(m_fixture.path, &error));
        const auto overall = CampaignResults::compute(db.connection(), Staff, true, &error);
        const auto perSheet = CampaignResults::compute(db.connection(), Staff, false, &error);
        QVERIFY2(overall && perSheet, qPrintable(error));
        QCOMPARE(data.rows.size(), overall->result.results.size());
        QCOMPARE(data.rows.size(), 40);
        QCOMPARE(
            data.periods,
            (QStringList{QStringLiteral("2026-09"), QStringLiteral("2026-10"), QStringLiteral("2026-11")}));
        QVERIFY(data.subjectsArePeople);
        QCOMPARE(data.parts.size(), 2);
        QCOMPARE(data.parts.at(1).max, Decimal::fromInt(70));
        const auto fields = ResultStatistics::fieldsOf(perSheet->set);
        for (const SubjectResult& result : overall->result.results) {
            const auto row
                = std::find_if(data.rows.cbegin(), data.rows.cend(),
                               [&](const ResultReportRow& r) { return r.subjectCode == result.subjectId; });
            QVERIFY2(row != data.rows.cend(), qPrintable(result.subjectId));
            QCOMPARE(row->total, result.total);
            QCOMPARE(row->index, result.index);
            QCOMPARE(row->rank, result.rank);
            QVERIFY(!row->position.isEmpty());
            QVERIFY(!row->unitName.isEmpty());
            for (int p = 0; p < fields.size(); ++p) {
                QVERIFY(row->partPoints.at(p).has_value());
                Decimal low = Decimal::fromInt(1000);
                Decimal high = Decimal::fromInt(-1000);
                for (const SubjectResult& sheet : perSheet->result.results) {
                    if (sheet.subjectId == result.subjectId) {
                        const Decimal points
                            = sheet.nodes[static_cast<std::size_t>(fields.at(p).node)].points;
                        low = Decimal::min(low, points);
                        high = Decimal::max(high, points);
                    }
                }
                QVERIFY(*row->partPoints.at(p) >= low.rounded(2)
                        && *row->partPoints.at(p) <= high.rounded(2));
            }
        }
        for (int i = 1; i < data.rows.size(); ++i) {
            QVERIFY(data.rows.at(i - 1).rank <= data.rows.at(i).rank);
        }
    }

    // One period: the parts are the sheet's points as scored.
    void singlePeriodPartsAreTheSheetPoints()
    {
        const ResultReportData data = m_fixture.load(Par);
        Database db;
        QString error;
        QVERIFY(db.open(m_fixture.path, &error));
        const auto perSheet = CampaignResults::compute(db.connection(), Par, false, &error);
        QVERIFY2(perSheet, qPrintable(error));
        QCOMPARE(data.rows.size(), 6);
        QVERIFY(!data.subjectsArePeople);
        QVERIFY(!data.quota);
        QCOMPARE(data.parts.size(), 8); // the deductions (maximum 0) have no column
        const auto fields = ResultStatistics::fieldsOf(perSheet->set);
        for (const SubjectResult& sheet : perSheet->result.results) {
            const auto row
                = std::find_if(data.rows.cbegin(), data.rows.cend(),
                               [&](const ResultReportRow& r) { return r.subjectCode == sheet.subjectId; });
            QVERIFY(row != data.rows.cend());
            QVERIFY(row->position.isEmpty());
            for (int p = 0; p < fields.size(); ++p) {
                QCOMPARE(*row->partPoints.at(p),
                         sheet.nodes[static_cast<std::size_t>(fields.at(p).node)].points.rounded(2));
            }
        }
    }

    void decisionsAndQuotaFigures()
    {
        const ResultReportData data = m_fixture.load(Staff);
        QVERIFY(!m_fixture.overriddenSubject.isEmpty());
        const auto row = std::find_if(data.rows.cbegin(), data.rows.cend(), [&](const ResultReportRow& r) {
            return r.subjectCode == m_fixture.overriddenSubject;
        });
        QVERIFY(row != data.rows.cend());
        QVERIFY(row->overridden);
        QVERIFY(row->grade != row->ruleGrade);
        QCOMPARE(row->reason, m_fixture.reason);
        QCOMPARE(row->approver, m_fixture.approver);
        QCOMPARE(std::count_if(data.rows.cbegin(), data.rows.cend(),
                               [](const ResultReportRow& r) { return r.overridden; }),
                 1);

        Database db;
        QString error;
        QVERIFY(db.open(m_fixture.path, &error));
        const auto classified = UnitClassification::load(db.connection(), Staff, QString(), &error);
        QVERIFY2(classified, qPrintable(error));
        QCOMPARE(data.quotaGroups.size(), classified->groups.size());
        QCOMPARE(data.quotaGroups.size(), 2);
        for (const ClassifiedGroup& group : classified->groups) {
            const auto figures = std::find_if(
                data.quotaGroups.cbegin(), data.quotaGroups.cend(),
                [&](const ResultReportQuotaGroup& g) { return g.taskGroup == group.taskGroup; });
            QVERIFY(figures != data.quotaGroups.cend());
            QCOMPARE(figures->proposed, group.proposed);
            QVERIFY(figures->allowed == group.quotaAllowed);
            int kept = 0;
            int overrides = 0;
            for (const ResultReportRow& r : data.rows) {
                kept += r.taskGroup == group.taskGroup && r.grade == data.quota->grade ? 1 : 0;
                overrides += r.taskGroup == group.taskGroup && r.overridden ? 1 : 0;
            }
            QCOMPARE(figures->kept, kept);
            // The quota holds but for ties and decisions against the rules.
            QVERIFY(figures->kept <= group.quotaAllowed.value_or(0) + figures->tied + overrides);
        }
    }

    // A unit's report: its people and those of the units under it, ranked among themselves.
    void oneUnitsPeople()
    {
        const ResultReportData data = m_fixture.load(Staff, QStringLiteral("SNV"));
        QCOMPARE(data.unitName, QStringLiteral("Sở Nội vụ"));
        QCOMPARE(data.rows.size(), 10);
        for (const ResultReportRow& row : data.rows) {
            QVERIFY2(row.unitName == QStringLiteral("Phòng Công chức, viên chức")
                         || row.unitName == QStringLiteral("Phòng Cải cách hành chính"),
                     qPrintable(row.unitName));
        }
        QCOMPARE(data.rows.first().rank, 1);
        QVERIFY(data.rows.last().rank <= 10);
        QCOMPARE(m_fixture.load(Staff, QStringLiteral("SNV-CCVC")).rows.size(), 5);
        QVERIFY(ResultReport::campaignPhrase(data).endsWith(QStringLiteral("năm 2026 của Sở Nội vụ")));
    }

    void unknownCampaignOrUnitIsRefused()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_fixture.path, &error));
        QVERIFY(
            !ResultReportSource::load(db.connection(), QStringLiteral("KHONG-CO-2026"), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("KHONG-CO-2026")), qPrintable(error));
        error.clear();
        QVERIFY(!ResultReportSource::load(db.connection(), Staff, QStringLiteral("SO-LA"), &error));
        QVERIFY2(error.contains(QStringLiteral("SO-LA")), qPrintable(error));
    }

    // The quota counted per agency and task group (the shipped civil-servant template), one commune
    // with a raised ceiling: each scope with its counts and the share in force, in the data and
    // in the printed report.
    void quotaScopesWithARaisedCeiling()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("quota.sqlite")), &error));
        QVERIFY2(danhgia::test::QuotaFixture::build(db, &error), qPrintable(error));
        const QString campaign = danhgia::test::QuotaFixture::campaign();
        QVERIFY2(
            QuotaCeilingStore::record(db, campaign,
                                      {QStringLiteral("XCL"), *Decimal::fromString(QStringLiteral("30")),
                                       QStringLiteral("125/QĐ-UBND"), QDate(2026, 1, 20),
                                       QStringLiteral("Xã dẫn đầu phong trào thi đua năm 2025"), QString()},
                                      Role::Administrator, QStringLiteral("Quản trị"), &error),
            qPrintable(error));
        const auto data = ResultReportSource::load(db.connection(), campaign, QString(), &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->quotaScopes.size(), 2);
        const ResultReportQuotaScope& xcl = data->quotaScopes.at(0);
        QCOMPARE(xcl.unitName, QStringLiteral("UBND xã Chi Lăng"));
        QCOMPARE(xcl.counted, 4);
        QCOMPARE(xcl.allowed, 1);
        QCOMPARE(xcl.proposed, 4);
        QCOMPARE(xcl.kept, 1);
        QCOMPARE(xcl.demoted, 3);
        QCOMPARE(xcl.percent, *Decimal::fromString(QStringLiteral("30")));
        QCOMPARE(xcl.decisionNumber, QStringLiteral("125/QĐ-UBND"));
        const ResultReportQuotaScope& xhl = data->quotaScopes.at(1);
        QCOMPARE(xhl.unitName, QStringLiteral("UBND xã Hữu Lũng"));
        QCOMPARE(xhl.allowed, 0);
        QCOMPARE(xhl.demoted, 2);
        QVERIFY(xhl.decisionNumber.isEmpty());

        const PdfProbe probe = write(*data, m_fixture.homeAffairsSettings(QDate(2026, 1, 25), 9),
                                     QStringLiteral("quota-scopes.pdf"));
        const QString text = probe.flatText();
        for (const char* expected : {"trong mỗi cơ quan, đơn vị và trong mỗi nhóm có nhiệm vụ tương đồng",
                                     "Tỷ lệ áp dụng", "30% theo", "QĐ-UBND", "20/01/2026"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY2(ReportFixture::containsWordsInOrder(text, QStringLiteral("1 UBND xã Chi Lăng")),
                 "XCL's row");
        QVERIFY2(ReportFixture::containsWordsInOrder(text, QStringLiteral("2 UBND xã Hữu Lũng")),
                 "XHL's row");
        QVERIFY2(ReportFixture::containsWordsInOrder(text, QStringLiteral("Số xếp loại HTTNV")), "counted");
        QVERIFY(text.contains(QStringLiteral("30%")) && text.contains(QStringLiteral("20%")));
        QVERIFY(!text.contains(QStringLiteral("⟦")));
    }

    void printedReport()
    {
        const ResultReportData data = m_fixture.load(Staff);
        int pages = 0;
        const PdfProbe probe = write(data, m_fixture.homeAffairsSettings(QDate(2026, 1, 5), 5),
                                     QStringLiteral("result-report.pdf"), &pages);
        QVERIFY(probe.isA4());
        QCOMPARE(probe.pageCount(), pages);
        QVERIFY2(pages >= 3 && pages <= 6, qPrintable(QString::number(pages)));
        const auto fonts = probe.fonts();
        QVERIFY(!fonts.isEmpty());
        for (const auto& font : fonts) {
            QVERIFY2(font.embedded, qPrintable(font.name));
        }
        const QString text = probe.flatText();
        for (const char* expected : {"UBND TỈNH LẠNG SƠN",
                                     "SỞ NỘI VỤ",
                                     "Số: 05/BC-SNV",
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                     "Độc lập - Tự do - Hạnh phúc",
                                     "Lạng Sơn, ngày 05 tháng 01 năm 2026",
                                     "BÁO CÁO",
                                     "Kết quả đánh giá, xếp loại công chức hằng tháng, quý IV năm 2026",
                                     "Sở Nội vụ báo cáo kết quả đánh giá, xếp loại",
                                     "09/2026, 10/2026, 11/2026",
                                     "Hoàn thành xuất sắc nhiệm vụ (HTXSNV)",
                                     "Hoàn thành tốt nhiệm vụ (HTTNV)",
                                     "Lãnh đạo phòng",
                                     "Chuyên viên",
                                     "không vượt quá 20% số được xếp loại HTTNV",
                                     "Tổng số được đánh giá, xếp loại: 40.",
                                     "Tiêu chí chung (tối đa 30 điểm)",
                                     "Nơi nhận:",
                                     "- UBND tỉnh (để báo cáo);",
                                     "- Lưu: VT, CCVC.",
                                     "KT. GIÁM ĐỐC",
                                     "PHÓ GIÁM ĐỐC",
                                     "Lương Thị Hồng Nhung"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY2(ReportFixture::containsWordsInOrder(text, m_fixture.reason), "the override's reason");
        QVERIFY(!text.contains(QStringLiteral("⟦")));
        QVERIFY2(!ReportFixture::hasPointDecimals(text), "a number with a decimal point");
        for (const ResultReportRow& row : data.rows) {
            // A long name wraps in its cell, with the cells beside it in between.
            QVERIFY2(ReportFixture::containsWordsInOrder(text, row.name), qPrintable(row.name));
            QVERIFY2(text.contains(ReportFixture::printed(row.total, 2)), qPrintable(row.total.toString()));
            QVERIFY2(text.contains(ReportFixture::printed(row.index, 2)), qPrintable(row.index.toString()));
            for (const auto& points : row.partPoints) {
                QVERIFY2(text.contains(ReportFixture::printed(*points, 2)), qPrintable(points->toString()));
            }
        }
        // The results table's header row is repeated on the pages it runs over.
        QVERIFY(probe.flatText(3, 3).contains(QStringLiteral("STT Họ và tên Chức vụ, đơn vị")));
        // The signature block is whole on the last page.
        const QString last = probe.flatText(pages, pages);
        QVERIFY(last.contains(QStringLiteral("KT. GIÁM ĐỐC"))
                && last.contains(QStringLiteral("Lương Thị Hồng Nhung")));
        QString why;
        QVERIFY2(
            probe.matchesReference(
                danhgia::test::dataPath(QStringLiteral("documents/result-report-page1.png")), 0.01, &why),
            qPrintable(why));
    }

    void dateLineOfLateJune()
    {
        const PdfProbe probe = write(m_fixture.load(Staff, QStringLiteral("SNV")),
                                     m_fixture.homeAffairsSettings(QDate(2026, 6, 29), 0),
                                     QStringLiteral("result-report-june.pdf"));
        const QString firstPage = probe.flatText(1, 1);
        QVERIFY2(firstPage.contains(QStringLiteral("Lạng Sơn, ngày 29 tháng 6 năm 2026")),
                 qPrintable(firstPage));
        QVERIFY(firstPage.contains(QStringLiteral("quý IV năm 2026 của Sở Nội vụ")));
        QVERIFY(!firstPage.contains(QStringLiteral("Số: 00")));
    }

    // An index of agencies: units instead of people, eight parts, no quota.
    void reportOfAnIndexOfAgencies()
    {
        const ResultReportData data = m_fixture.load(Par);
        int pages = 0;
        const PdfProbe probe = write(data, m_fixture.homeAffairsSettings(QDate(2026, 1, 5), 7),
                                     QStringLiteral("result-report-par.pdf"), &pages);
        QCOMPARE(probe.pageCount(), pages);
        const QString text = probe.flatText();
        // The eight parts have a table of their own.
        QVERIFY(text.contains(QStringLiteral("STT Cơ quan, đơn vị Tổng điểm Chỉ số (%)")));
        QVERIFY(text.contains(
            QStringLiteral("STT Cơ quan, đơn vị Phần 1 Phần 2 Phần 3 Phần 4 Phần 5 Phần 6 Phần 7 "
                           "Phần 8")));
        QVERIFY(!text.contains(QStringLiteral("Chức vụ, đơn vị")));
        QVERIFY(text.contains(QStringLiteral("không quy định tỷ lệ khống chế")));
        // Grades named by their code are not named twice; no task groups, no table of them.
        QVERIFY(text.contains(QStringLiteral("Nhóm B 1")));
        QVERIFY(!text.contains(QStringLiteral("Nhóm B (B)")));
        QVERIFY(!text.contains(QStringLiteral("Theo nhóm có nhiệm vụ tương đồng")));
        for (const ResultReportRow& row : data.rows) {
            QVERIFY2(text.contains(row.name), qPrintable(row.name));
            QVERIFY2(text.contains(ReportFixture::printed(row.total, 2)), qPrintable(row.total.toString()));
            for (const auto& points : row.partPoints) {
                QVERIFY2(text.contains(ReportFixture::printed(*points, 2)), qPrintable(points->toString()));
            }
        }
        QVERIFY(!ReportFixture::hasPointDecimals(text));
    }

    void tablesForTheSpreadsheet()
    {
        const PrintableDocument document = ResultReport::compose(
            m_fixture.load(Staff),
            ResultReport::settingsFor(m_fixture.homeAffairsSettings(QDate(2026, 1, 5), 5)));
        QCOMPARE(document.tables.size(), 5); // by grade, by task group, quota, overrides, results
        QCOMPARE(document.tables.last().rows.size(), 40);
        QCOMPARE(document.tables.at(3).rows.size(), 1); // the override
        QStringList names;
        for (const DocumentTable& table : document.tables) {
            QVERIFY(!table.name.isEmpty() && !names.contains(table.name));
            names.append(table.name);
        }
        QCOMPARE(document.fileName,
                 QStringLiteral("bao-cao-ket-qua-danh-gia-xep-loai-cong-chuc-hang-thang-quy-iv-nam-2026"));
    }

private:
    QTemporaryDir m_dir;
    ReportFixture m_fixture;
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestResultReport)
#include "TestResultReport.moc"
