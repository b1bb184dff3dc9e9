#include "AppraisalSamples.h"

#include "PdfProbe.h"
#include "TestSupport.h"
#include "criteria/CriteriaSetReader.h"
#include "documentdata/DocumentWording.h"
#include "documents/AppraisalCouncilReader.h"
#include "documents/AppraisalMinutes.h"
#include "scoring/ScoreSheetReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace danhgia::test {

namespace {

const QString SetFile = QStringLiteral("documents/appraisal-criteria.json");
const QString SelfFile = QStringLiteral("documents/appraisal-self.json");
const QString AppraisedFile = QStringLiteral("documents/appraisal-appraised.json");

template <typename Result, typename Reader> Result readFile(const QString& name, Reader read)
{
    ValidationIssues issues;
    Result result = read(readData(name), &issues);
    if (ValidationIssue::hasErrors(issues)) {
        qFatal("%s: %s", qPrintable(name), qPrintable(issues.first().toText()));
    }
    return result;
}

} // namespace

AppraisalMinutesInput AppraisalSamples::input()
{
    AppraisalMinutesInput input;
    input.set = readFile<CriteriaSet>(SetFile, &CriteriaSetReader::read);
    input.self = readFile<ScoreSheet>(SelfFile, &ScoreSheetReader::read);
    input.appraised = readFile<ScoreSheet>(AppraisedFile, &ScoreSheetReader::read);
    input.reasons = input.appraised.reasons;
    input.members = readFile<AppraisalCouncilReader::Council>(
                        QStringLiteral("documents/appraisal-members.json"), &AppraisalCouncilReader::read)
                        .members;
    input.conclusion
        = QStringLiteral("Đề nghị Sở Nông nghiệp và Môi trường bổ sung tài liệu kiểm chứng trước "
                         "ngày 15/01/2026.\nGiao Phòng Cải cách hành chính tổng hợp kết quả.");
    return input;
}

DocumentSettings AppraisalSamples::settings()
{
    const QJsonObject file
        = QJsonDocument::fromJson(readData(QStringLiteral("documents/appraisal-settings.json"))).object();
    DocumentSettings settings
        = DocumentSettings::fromJson(file, AppraisalMinutes::defaultSettings(QDate(2026, 1, 5)));
    settings.number = 5;
    settings.chair.name = QStringLiteral("Hoàng Văn Thụ");
    settings.secretary.name = QStringLiteral("Bế Thị Thanh Hoa");
    return settings;
}

QString AppraisalSamples::wordsOverTheHeaderRow(const QString& pdfPath, int page)
{
    const QString html
        = PdfProbe::run(QStringLiteral("pdftotext"),
                        {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                         QStringLiteral("-l"), QString::number(page), pdfPath, QStringLiteral("-")});
    const QRegularExpression pattern(QStringLiteral(
        R"re(<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>)re"));
    const double margin = 20 / 25.4 * 72;
    const double pageHeight = 297 / 25.4 * 72;
    struct Word
    {
        double top;
        double bottom;
        QString text;
    };
    QList<Word> words;
    for (auto it = pattern.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const Word word{match.captured(1).toDouble(), match.captured(2).toDouble(), match.captured(3)};
        if (word.top >= margin - 1 && word.bottom <= pageHeight - margin + 1) {
            words.append(word);
        }
    }
    QStringList header;
    for (const char* key : {"appraisal.table.code", "appraisal.table.criterion", "appraisal.table.max",
                            "appraisal.table.self", "appraisal.table.appraised", "appraisal.table.reason"}) {
        header += DocumentWording::text(key).split(QLatin1Char(' '));
    }
    // The header row ends below its last word ("chỉnh" of "Lý do điều chỉnh").
    double headerBottom = -1;
    for (const Word& word : words) {
        if (word.text == header.last() && (headerBottom < 0 || word.bottom < headerBottom)) {
            headerBottom = word.bottom;
        }
    }
    if (headerBottom < 0) {
        return QStringLiteral("(no header row)");
    }
    QStringList over;
    for (const Word& word : words) {
        if (word.top < headerBottom && !header.contains(word.text)) {
            over.append(word.text);
        }
    }
    return over.join(QLatin1Char(' '));
}

} // namespace danhgia::test
