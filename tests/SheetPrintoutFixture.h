#pragma once

// Data and readers for the tests of the score sheet printout: a hand-made sheet whose points
// are checked by hand, the text of a PDF in the order it is drawn, and the rows the criteria
// table must have by the core's scores.

#include "PdfProbe.h"
#include "SheetFixture.h"
#include "criteria/CriteriaSetReader.h"
#include "documentdata/SheetPrintoutData.h"
#include "results/ResultClassifier.h"
#include "scoring/SheetScorer.h"

#include <QLocale>
#include <QStringList>

namespace danhgia::test::sheetprintout {

inline QString vi(const Decimal& number)
{
    return number.toLocaleString(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

// Three criteria whose points are easy to check by hand: 8.5 + 20 + 62.3 = 90.8 self-assessed
// (HTXSNV), 7.5 + 20 + 60.2 = 87.7 appraised (HTTNV).
inline SheetPrintoutData handMadeSheet()
{
    const QByteArray json = R"({"format": "danhgia.criteria/1", "id": "tay", "version": 1,
        "title": "Bộ tiêu chí thử", "kind": "staff", "decimals": 2,
        "criteria": [
          {"code": "1", "title": "Tiêu chí chung", "max": 30, "children": [
            {"code": "1.1", "title": "Phẩm chất chính trị, đạo đức, lối sống", "max": 10,
             "method": {"type": "points", "step": 0.1}},
            {"code": "1.2", "title": "Ý thức tổ chức kỷ luật", "max": 20, "method": {"type": "yes_no"}}]},
          {"code": "2", "title": "Kết quả thực hiện nhiệm vụ", "max": 70, "children": [
            {"code": "2.1", "title": "Khối lượng, chất lượng, tiến độ công việc", "max": 70,
             "method": {"type": "points", "step": 0.1}}]}],
        "grades": [
          {"code": "HTXSNV", "title": "Hoàn thành xuất sắc nhiệm vụ", "min": 90},
          {"code": "HTTNV", "title": "Hoàn thành tốt nhiệm vụ", "min": 70},
          {"code": "HTNV", "title": "Hoàn thành nhiệm vụ", "min": 50},
          {"code": "KHTNV", "title": "Không hoàn thành nhiệm vụ", "min": 0}]})";
    ValidationIssues issues;
    SheetPrintoutData data;
    data.set = CriteriaSetReader::read(json, &issues);
    data.self.criteriaId = data.set.id;
    data.self.subject
        = {QStringLiteral("CC099"), QStringLiteral("Nguyễn Thị Ánh Tuyết"), QString(), QString()};
    data.self.period = QStringLiteral("2026-11");
    data.self.setValue(QStringLiteral("1.1"), SheetFixture::points("8.5"));
    data.self.setValue(QStringLiteral("1.2"), SheetFixture::yes(true));
    data.self.setValue(QStringLiteral("2.1"), SheetFixture::points("62.3"));
    ScoreSheet appraised = data.self;
    appraised.stage = Stage::Appraised;
    appraised.setValue(QStringLiteral("1.1"), SheetFixture::points("7.5"));
    appraised.setValue(QStringLiteral("2.1"), SheetFixture::points("60.2"));
    data.appraised = appraised;
    data.subjectName = data.self.subject.name;
    data.position = QStringLiteral("Chuyên viên chính");
    data.unitName = QStringLiteral("Phòng Công chức, viên chức");
    data.agencyName = QStringLiteral("Sở Nội vụ");
    data.parentAgencyName = QStringLiteral("UBND tỉnh Lạng Sơn");
    data.campaignTitle = QStringLiteral("Đánh giá, xếp loại công chức hằng tháng năm 2026");
    data.comments = {{QStringLiteral("1.1"), QStringLiteral("Chưa gương mẫu trong việc chấp hành giờ giấc")}};
    return data;
}

// The text in the order it is drawn (pdftotext -raw): a table row's cells one after the
// other, whatever the heights of their lines.
// `page` 0: every page.
inline QString drawnText(const QString& path, int page = 0)
{
    QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    }
    return PdfProbe::run(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-")).simplified();
}

// Every row of the criteria table as it must read: code, title, maximum, then the points of
// each stage as the core gives them; then the totals, indexes and grades.
inline QStringList expectedRows(const SheetPrintoutData& data)
{
    const SheetScorer scorer(data.set);
    const ResultClassifier classifier(data.set);
    const SubjectResult self = scorer.score(data.self, data.selfBests);
    const SubjectResult appraised = scorer.score(*data.appraised, data.appraisedBests);
    QStringList rows;
    for (int i = 0; i < data.set.nodeCount(); ++i) {
        const Criterion& node = data.set.node(i);
        rows.append(QStringList{node.code, node.title, vi(node.max),
                                vi(self.nodes[static_cast<std::size_t>(i)].points),
                                vi(appraised.nodes[static_cast<std::size_t>(i)].points)}
                        .join(QLatin1Char(' ')));
    }
    rows.append(QStringLiteral("Tổng điểm %1 %2 %3")
                    .arg(vi(data.set.totalMax()), vi(self.total), vi(appraised.total)));
    rows.append(QStringLiteral("Chỉ số (%) %1 %2").arg(vi(self.index), vi(appraised.index)));
    const auto title = [&](const SubjectResult& result) {
        const QString code = classifier.applyFlags(classifier.gradeForIndex(result.index), data.self.flags);
        return data.set.grades.at(data.set.gradeIndex(code)).title;
    };
    rows.append(QStringLiteral("Xếp loại %1 %2").arg(title(self), title(appraised)));
    return rows;
}

} // namespace danhgia::test::sheetprintout
