// The minutes of an interview council and its summary sheet (rules.md §5 and §6.1): the biên bản
// in the order of Decree 30's form, the dialogues and who held them, every member's score and the
// official scores in the table, the signatures, the .xlsx of the table, and the picture of page 1.

#include "PdfProbe.h"
#include "TestSupport.h"
#include "councils/CouncilReader.h"
#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "documents/CouncilMinutes.h"
#include "documents/CouncilPeople.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentTableExport.h"
#include "documents/VietnameseDate.h"
#include "stores/CouncilStore.h"
#include "tabular/TabularReader.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace danhgia;
using danhgia::test::PdfProbe;

namespace {

QStringList utf8(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

const QString CouncilFile = QStringLiteral("documents/council-minutes.council.json");

CouncilSession readSession(const QByteArray& json)
{
    ValidationIssues issues;
    CouncilSession session = CouncilReader::read(json, &issues);
    if (!issues.isEmpty()) {
        qFatal("the council test file has issues");
    }
    return session;
}

CouncilSession sampleSession()
{
    return readSession(danhgia::test::readData(CouncilFile));
}

DocumentSettings sampleSettings()
{
    DocumentSettings settings = CouncilMinutes::defaultSettings(QDate(2026, 1, 5));
    settings.number = 5;
    return settings;
}

// Renders the document to a PDF in `dir`; fails the test when it cannot.
QString writePdf(const QTemporaryDir& dir, const PrintableDocument& document, const QString& name,
                 int* pages = nullptr)
{
    const QString path = PdfProbe::outputPath(dir, name);
    QString error;
    if (!DocumentRenderer::writePdf(document, path, &error, pages)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

// The words of the line of pdftotext's layout text on which the candidate's row begins.
QStringList rowWords(const QString& layoutText, const QString& candidateId)
{
    for (const QString& line : layoutText.split(QLatin1Char('\n'))) {
        const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (words.size() > 2 && words.at(1) == candidateId) {
            return words;
        }
    }
    return {};
}

// The members' scores of a candidate in the order of the sheet's columns, printed with the council's
// decimals, more when a score has more (85,0 and 85,75).
QStringList memberScores(const CouncilSession& session, const CouncilCandidate& candidate)
{
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    QStringList scores;
    for (const CouncilPerson& scorer : CouncilPeople(session, sampleSettings()).scorers()) {
        for (const auto& score : candidate.scores) {
            if (score.first == scorer.id) {
                scores.append(score.second.toLocaleString(vietnamese, session.printedPlaces(score.second)));
            }
        }
    }
    return scores;
}

bool containsInOrder(const QStringList& words, const QStringList& wanted)
{
    for (int start = 0; start + wanted.size() <= words.size(); ++start) {
        if (words.mid(start, wanted.size()) == wanted) {
            return true;
        }
    }
    return false;
}

// Whether a page holds nothing but signature blocks: once the hints "(Ký, ghi rõ họ tên)", the
// names of the signers and the page number are taken away, only the titles are left (in capitals).
bool onlySignatures(QString pageText, const QStringList& names)
{
    pageText.remove(QStringLiteral("(Ký, ghi rõ họ tên)"));
    for (const QString& name : names) {
        pageText.remove(name);
    }
    for (const QChar c : pageText) {
        if (c.isLetter() && c.isLower()) {
            return false;
        }
    }
    return true;
}

QStringList signerNames(const CouncilSession& session, const DocumentSettings& settings)
{
    QStringList names{settings.chair.name, settings.secretary.name};
    for (const CouncilMember& member : session.members) {
        names.append(member.name);
    }
    names.removeAll(QString());
    return names;
}

} // namespace

class TestCouncilDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minutesFollowTheFormWithoutADateLine()
    {
        QTemporaryDir dir;
        int pages = 0;
        const QString path = writePdf(dir, CouncilMinutes(sampleSession(), sampleSettings()).compose(),
                                      QStringLiteral("council-minutes.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        PdfProbe probe(path);
        QVERIFY(probe.isA4());
        QCOMPARE(probe.pageCount(), 3);
        QCOMPARE(pages, 3);
        for (const auto& font : probe.fonts()) {
            QVERIFY2(font.embedded, qPrintable(font.name));
        }
        const QString minutes = probe.flatText(1, 2);
        const QStringList inOrder = utf8({
            // The header's columns, left then right, as pdftotext reads them.
            "UBND TỈNH LẠNG SƠN",
            "HỘI ĐỒNG KIỂM TRA, SÁT HẠCH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 05/BB-HĐSH",
            "BIÊN BẢN",
            "Họp Hội đồng kiểm tra, sát hạch",
            "Sát hạch tiếp nhận vào làm công chức năm 2026",
            "Thời gian bắt đầu: 08 giờ 00 phút, ngày 05 tháng 01 năm 2026.",
            "Địa điểm: Hội trường Sở Nội vụ tỉnh Lạng Sơn.",
            "Hội đồng kiểm tra, sát hạch: được thành lập theo Quyết định số",
            "Thành phần tham dự: 4 thành viên Hội đồng, gồm:",
            "- Hoàng Văn Thắng, Chủ tịch Hội đồng;",
            "- Lộc Thị Hạnh, Trưởng ban;",
            "- Nguyễn Đức Minh, Ủy viên;",
            "- Đàm Thị Ngọc Ánh, Ủy viên kiêm Thư ký.",
            "Chủ trì (chủ tọa): Hoàng Văn Thắng, Chủ tịch Hội đồng.",
            "Thư ký (người ghi biên bản): Đàm Thị Ngọc Ánh, Ủy viên kiêm Thư ký.",
            "Nội dung (theo diễn biến cuộc họp):",
            "Hội đồng tổ chức kiểm tra, sát hạch đối với 7 thí sinh.",
            "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 05 tháng 01 năm 2026./.",
            "THƯ KÝ",
            "CHỦ TỌA",
            "Đàm Thị Ngọc Ánh Hoàng Văn Thắng",
        });
        int at = 0;
        for (const QString& expected : inOrder) {
            const int found = minutes.indexOf(expected, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: ") + expected));
            at = found + int(expected.size());
        }
        // A biên bản has no place-and-date line in its header: its first date is the start time.
        QVERIFY(
            !minutes.contains(VietnameseDate::placeAndDate(QStringLiteral("Lạng Sơn"), QDate(2026, 1, 5))));
        QVERIFY(minutes.indexOf(QStringLiteral("ngày"))
                > minutes.indexOf(QStringLiteral("Thời gian bắt đầu")));
        QVERIFY(!minutes.contains(QStringLiteral("⟦")));
    }

    void dialoguesSayWhoHeldThemAndTheAgreedScore()
    {
        QTemporaryDir dir;
        const QString path = writePdf(dir, CouncilMinutes(sampleSession(), sampleSettings()).compose(),
                                      QStringLiteral("council-dialogues.pdf"));
        const QString text = PdfProbe(path).flatText(1, 2);
        for (const char* expected :
             {"trên 5 điểm đến dưới 10 điểm, Trưởng ban (Lộc Thị Hạnh) tổ chức đối thoại",
              "từ 10 điểm trở lên, Chủ tịch Hội đồng (Hoàng Văn Thắng) tổ chức đối thoại",
              "Có 3 thí sinh có chênh lệch điểm giữa các thành viên phải đối thoại:",
              "- Đỗ Văn Long (TS02): chênh lệch 15,0 điểm; Chủ tịch Hội đồng (Hoàng Văn Thắng) đã chủ trì "
              "đối "
              "thoại, Hội đồng thống nhất điểm 68,5;",
              "- Lý Thị Phương (TS03): chênh lệch 8,0 điểm; Trưởng ban (Lộc Thị Hạnh) đã chủ trì đối thoại, "
              "Hội đồng thống nhất điểm 70,0;",
              "- Phạm Quốc Huy (TS04): chênh lệch 12,0 điểm; Chủ tịch Hội đồng (Hoàng Văn Thắng) chủ trì đối "
              "thoại, chưa thống nhất được điểm",
              "Tổng hợp: 5 thí sinh đạt yêu cầu, 1 thí sinh không đạt yêu cầu, 1 thí sinh chưa có điểm chính "
              "thức."}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        // No dialogue for a spread of 5 or less.
        QVERIFY(!text.contains(QStringLiteral("Nguyễn Thị Hằng (TS01)")));
    }

    void summarySheetHasEveryScore()
    {
        const CouncilSession session = sampleSession();
        QTemporaryDir dir;
        const QString path = writePdf(dir, CouncilMinutes(session, sampleSettings()).compose(),
                                      QStringLiteral("council-summary.pdf"));
        PdfProbe probe(path);
        const QString sheet = probe.flatText(3, 3);
        QVERIFY(sheet.startsWith(QStringLiteral("3 BẢNG TỔNG HỢP KẾT QUẢ SÁT HẠCH")));
        QVERIFY(
            sheet.contains(QStringLiteral("(Kèm theo Biên bản số 05/BB-HĐSH, ngày 05 tháng 01 năm 2026)")));
        const QString layout = probe.text(3, 3, true);
        const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
        for (const CouncilCandidate& candidate : session.candidates) {
            const CandidateResult result = session.evaluate(candidate);
            QStringList wanted{candidate.id};
            wanted += candidate.name.split(QLatin1Char(' '));
            wanted += memberScores(session, candidate);
            wanted.append(result.mean.toLocaleString(vietnamese, 1));
            wanted.append(result.spread.toLocaleString(vietnamese, session.printedPlaces(result.spread)));
            const QStringList words = rowWords(layout, candidate.id);
            QVERIFY2(containsInOrder(words, wanted),
                     qPrintable(words.join(QLatin1Char(' ')) + QStringLiteral(" lacks ")
                                + wanted.join(QLatin1Char(' '))));
            if (result.official) {
                QVERIFY2(words.contains(result.official->toLocaleString(vietnamese, 1)),
                         qPrintable(candidate.id));
            }
        }
        const QStringList first = rowWords(layout, QStringLiteral("TS01"));
        QVERIFY(containsInOrder(first, utf8({"Không", "85,7", "Đạt", "1"})));
        QVERIFY(containsInOrder(rowWords(layout, QStringLiteral("TS05")), utf8({"3,5", "Không", "46,7"})));
        QVERIFY(
            containsInOrder(rowWords(layout, QStringLiteral("TS02")), utf8({"68,5", "68,5", "Đạt", "5"})));
        QVERIFY(sheet.contains(QStringLiteral("Chờ đối thoại")));
        QVERIFY(sheet.contains(QStringLiteral("Các thí sinh TS06, TS07 cùng xếp hạng 2")));
        QVERIFY(sheet.contains(QStringLiteral("TV4: Đàm Thị Ngọc Ánh, Ủy viên kiêm Thư ký")));
        // A line for every scoring member: the secretary and the chair, then the board head and the member.
        for (const char* expected :
             {"TRƯỞNG BAN ỦY VIÊN", "Lộc Thị Hạnh Nguyễn Đức Minh", "THƯ KÝ HỘI ĐỒNG CHỦ TỊCH HỘI ĐỒNG",
              "Đàm Thị Ngọc Ánh Hoàng Văn Thắng"}) {
            QVERIFY2(sheet.contains(QString::fromUtf8(expected)), expected);
        }
    }

    void tableGoesToTheWorkbook()
    {
        const PrintableDocument document = CouncilMinutes(sampleSession(), sampleSettings()).compose();
        QCOMPARE(document.tables.size(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("council.xlsx"));
        QString error;
        QVERIFY2(DocumentTableExport::writeXlsx(document.tables, path, &error), qPrintable(error));
        const auto table = TabularReader::readXlsx(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header,
                 utf8({"STT", "Mã số", "Họ và tên", "TV1", "TV2", "TV3", "TV4", "Điểm TB", "Chênh lệch",
                       "Đối thoại", "Điểm thống nhất", "Điểm chính thức", "Kết quả", "Xếp hạng"}));
        QCOMPARE(table->rowCount(), 7);
        QCOMPARE(table->cell(0, 2), QStringLiteral("Nguyễn Thị Hằng"));
        QCOMPARE(table->cell(0, 6), QStringLiteral("85.75"));
        QCOMPARE(table->cell(0, 11), QStringLiteral("85.7"));
        QCOMPARE(table->cell(1, 9), QStringLiteral("Chủ tịch Hội đồng"));
        QCOMPARE(table->cell(1, 10), QStringLiteral("68.5"));
        QCOMPARE(table->cell(2, 9), QStringLiteral("Trưởng ban"));
        QCOMPARE(table->cell(3, 11), QString());
        QCOMPARE(table->cell(3, 12), QStringLiteral("Chờ đối thoại"));
        QCOMPARE(table->cell(4, 12), QStringLiteral("Không đạt"));
        QCOMPARE(table->cell(5, 13), QStringLiteral("2"));
        QCOMPARE(table->cell(6, 13), QStringLiteral("2"));

        // CSV: numbers with a decimal point, member scores with the council's decimal (or as exact as
        // given when they have more).
        const QString csvPath = dir.filePath(QStringLiteral("council.csv"));
        QCOMPARE(DocumentTableExport::writeCsv(document.tables, csvPath, &error), QStringList{csvPath});
        const auto csv = TabularReader::read(csvPath, &error);
        QVERIFY2(csv, qPrintable(error));
        QCOMPARE(csv->rows.at(0).mid(3, 6), utf8({"85.0", "86.0", "86.0", "85.75", "85.7", "1.0"}));
        QCOMPARE(csv->rows.at(4).mid(3, 6), utf8({"45.0", "48.5", "47.0", "46.25", "46.7", "3.5"}));
    }

    void firstPageMatchesItsReference()
    {
        QTemporaryDir dir;
        const QString path = writePdf(dir, CouncilMinutes(sampleSession(), sampleSettings()).compose(),
                                      QStringLiteral("council-reference.pdf"));
        QString why;
        QVERIFY2(
            PdfProbe(path).matchesReference(
                danhgia::test::dataPath(QStringLiteral("documents/council-minutes-page1.png")), 0.01, &why),
            qPrintable(why));
    }

    void unlistedScorersAndSettingsNames()
    {
        CouncilSession session = sampleSession();
        session.members.removeIf([](const CouncilMember& m) { return m.id == QLatin1String("TV3"); });
        session.title.clear();
        DocumentSettings settings = sampleSettings();
        settings.chair.name = QStringLiteral("Lương Văn Minh");
        settings.basis = QStringLiteral("Quyết định số 125/QĐ-SNV ngày 02/01/2026 của Giám đốc Sở Nội vụ;");
        QTemporaryDir dir;
        const QString path = writePdf(dir, CouncilMinutes(session, settings).compose(),
                                      QStringLiteral("council-unlisted.pdf"));
        PdfProbe probe(path);
        const QString text = probe.flatText();
        for (const char* expected :
             {"được thành lập theo Quyết định số 125/QĐ-SNV ngày 02/01/2026 của Giám đốc Sở Nội vụ.",
              "- TV3, Thành viên Hội đồng;", "Chủ trì (chủ tọa): Lương Văn Minh, Chủ tịch Hội đồng.",
              "TV3: TV3, Thành viên Hội đồng", "THÀNH VIÊN HỘI ĐỒNG"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        // The chair of the settings signs both; the chair of the file scored and signs as a member.
        const QString sheet = probe.flatText(3, probe.pageCount());
        QVERIFY(sheet.contains(QStringLiteral("Đàm Thị Ngọc Ánh Lương Văn Minh")));
        QVERIFY(sheet.contains(QStringLiteral("Hoàng Văn Thắng")));
        QVERIFY(!text.contains(QStringLiteral("⟦")));
    }

    void manyMembersFitAPortraitPage()
    {
        CouncilSession session = sampleSession();
        session.pass.reset();
        for (int i = 5; i <= 11; ++i) {
            const QString id = QStringLiteral("TV%1").arg(i);
            session.members.append(
                {id, QStringLiteral("Thành viên Số %1").arg(i), QStringLiteral("Ủy viên")});
            for (CouncilCandidate& candidate : session.candidates) {
                candidate.scores.append({id, *Decimal::fromString(QStringLiteral("72.25"))});
            }
        }
        const PrintableDocument document = CouncilMinutes(session, sampleSettings()).compose();
        const DocumentTable& table = document.tables.first();
        QCOMPARE(table.headers.size(), 3 + 11 + 5 + 1); // 11 members, no result column
        QVERIFY(table.pointSize < 11);
        int total = 0;
        for (const int width : table.widths) {
            total += width;
        }
        QCOMPARE(total, 100);
        QTemporaryDir dir;
        const QString path = writePdf(dir, document, QStringLiteral("council-many.pdf"));
        PdfProbe probe(path);
        QVERIFY(probe.isA4());
        // Every score printed whole on the row of its candidate: no word broken in a narrow column.
        const QString layout = probe.text(0, 0, true);
        for (const CouncilCandidate& candidate : session.candidates) {
            const QStringList words = rowWords(layout, candidate.id);
            QVERIFY2(containsInOrder(words, memberScores(session, candidate)),
                     qPrintable(words.join(QLatin1Char(' '))));
        }
    }

    void signatureRowsAreNeverSplitAcrossPages()
    {
        // Enough text before the sheet's signatures that one row meets the foot of a page.
        for (int filler = 0; filler < 12; ++filler) {
            CouncilSession session = sampleSession();
            for (int i = 0; i < filler; ++i) {
                CouncilCandidate extra = session.candidates.first();
                extra.id = QStringLiteral("TX%1").arg(i + 10);
                session.candidates.append(extra);
            }
            QTemporaryDir dir;
            int pages = 0;
            const QString path = writePdf(dir, CouncilMinutes(session, sampleSettings()).compose(),
                                          QStringLiteral("council-signatures.pdf"), &pages);
            PdfProbe probe(path);
            for (int page = 1; page <= pages; ++page) {
                const QString text = probe.flatText(page, page);
                const int hints = int(text.count(QStringLiteral("(Ký, ghi rõ họ tên)")));
                // Each signature row is two blocks; its two names follow on the same page.
                const int named = int(text.count(QStringLiteral("Lộc Thị Hạnh Nguyễn Đức Minh"))
                                      + text.count(QStringLiteral("Đàm Thị Ngọc Ánh Hoàng Văn Thắng")));
                QVERIFY2(hints == 2 * named,
                         qPrintable(QStringLiteral("%1 candidates, page %2: %3 hints, %4 names")
                                        .arg(session.candidates.size())
                                        .arg(page)
                                        .arg(hints)
                                        .arg(named)));
            }
        }
    }

    // The secretary and the chair sign the summary sheet right after its results, the other
    // members after them; no page holds signatures alone, whatever the number of candidates; the
    // minutes' text ends with "./."; every score has the council's decimal ("85,0").
    void signaturesFollowTheResultsAndNeverStandAlone()
    {
        const DocumentSettings settings = sampleSettings();
        for (int filler = 0; filler < 14; ++filler) {
            CouncilSession session = sampleSession();
            for (int i = 0; i < filler; ++i) {
                CouncilCandidate extra = session.candidates.first();
                extra.id = QStringLiteral("TX%1").arg(i + 10);
                session.candidates.append(extra);
            }
            QTemporaryDir dir;
            int pages = 0;
            const QString path = writePdf(dir, CouncilMinutes(session, settings).compose(),
                                          QStringLiteral("council-order-%1.pdf").arg(filler), &pages);
            PdfProbe probe(path);
            const QString context = QStringLiteral("%1 candidates").arg(session.candidates.size());
            for (int page = 1; page <= pages; ++page) {
                QVERIFY2(!onlySignatures(probe.flatText(page, page), signerNames(session, settings)),
                         qPrintable(context + QStringLiteral(", page %1 holds only signatures").arg(page)));
            }
            const QString minutes = probe.flatText();
            QVERIFY2(minutes.contains(QStringLiteral("ngày 05 tháng 01 năm 2026./.")), qPrintable(context));
            QVERIFY(!minutes.contains(QStringLiteral("2026/.")));
            const int sheet = int(minutes.indexOf(QStringLiteral("BẢNG TỔNG HỢP KẾT QUẢ SÁT HẠCH")));
            const int notes = int(minutes.indexOf(QStringLiteral("Xếp hạng: theo điểm chính thức"), sheet));
            const int chair
                = int(minutes.indexOf(QStringLiteral("THƯ KÝ HỘI ĐỒNG CHỦ TỊCH HỘI ĐỒNG"), sheet));
            const int members = int(minutes.indexOf(QStringLiteral("TRƯỞNG BAN ỦY VIÊN"), sheet));
            QVERIFY2(sheet > 0 && notes > sheet && chair > notes && members > chair,
                     qPrintable(context
                                + QStringLiteral(": sheet %1, notes %2, chair %3, members %4")
                                      .arg(sheet)
                                      .arg(notes)
                                      .arg(chair)
                                      .arg(members)));
        }
        // Scores with the council's decimal, as the official scores: "85,0" beside "85,7".
        QTemporaryDir dir;
        const QString path = writePdf(dir, CouncilMinutes(sampleSession(), settings).compose(),
                                      QStringLiteral("council-decimals.pdf"));
        PdfProbe probe(path);
        QVERIFY(containsInOrder(rowWords(probe.text(3, 3, true), QStringLiteral("TS01")),
                                utf8({"85,0", "86,0", "86,0", "85,75", "85,7", "1,0"})));
        QVERIFY(containsInOrder(rowWords(probe.text(3, 3, true), QStringLiteral("TS03")),
                                utf8({"66,0", "74,0", "70,0", "68,0", "69,5", "8,0"})));
        const QString text = probe.flatText(1, 2);
        for (const char* expected : {"chênh lệch 15,0 điểm", "Hội đồng thống nhất điểm 70,0;"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
    }

    // The officer's case: the demo council, printed as the app prints it.
    void demoCouncilSignsAfterItsResults()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(database, &error), qPrintable(error));
        Database db;
        QVERIFY2(db.open(database, &error), qPrintable(error));
        const auto councils = CouncilStore::list(db.connection(), QString(), &error);
        QVERIFY2(councils && !councils->isEmpty(), qPrintable(error));
        const auto council = CouncilStore::load(db.connection(), councils->first().id, &error);
        QVERIFY2(council, qPrintable(error));
        const DocumentSettings settings = CouncilMinutes::defaultSettings(QDate(2026, 11, 20));
        int pages = 0;
        const QString path = writePdf(dir, CouncilMinutes(council->session, settings).compose(),
                                      QStringLiteral("council-demo.pdf"), &pages);
        PdfProbe probe(path);
        for (int page = 1; page <= pages; ++page) {
            QVERIFY2(!onlySignatures(probe.flatText(page, page), signerNames(council->session, settings)),
                     qPrintable(QStringLiteral("page %1 of %2 holds only signatures").arg(page).arg(pages)));
        }
        const QString text = probe.flatText();
        QVERIFY(text.contains(QStringLiteral("năm 2026./.")));
        const int sheet = int(text.indexOf(QStringLiteral("BẢNG TỔNG HỢP KẾT QUẢ SÁT HẠCH")));
        const int chair = int(text.indexOf(QStringLiteral("THƯ KÝ HỘI ĐỒNG CHỦ TỊCH HỘI ĐỒNG"), sheet));
        const int members = int(text.indexOf(QStringLiteral("PHÓ CHỦ TỊCH HỘI ĐỒNG"), sheet));
        QVERIFY2(
            sheet > 0 && chair > sheet && members > chair,
            qPrintable(QStringLiteral("sheet %1, chair %2, members %3").arg(sheet).arg(chair).arg(members)));
        // 80 printed as 80,0 like the official scores.
        QVERIFY(containsInOrder(rowWords(probe.text(0, 0, true), QStringLiteral("UV01")),
                                utf8({"78,5", "80,0", "77,0", "79,0", "78,0"})));
    }

    void noMarksAtTheFootOfAPageBeforeTheSheet()
    {
        // The title of the sheet has stacked marks (Ổ, Ả) at the top of its page; none of them
        // may show at the foot of the page before.
        QTemporaryDir dir;
        const QString path = writePdf(dir, CouncilMinutes(sampleSession(), sampleSettings()).compose(),
                                      QStringLiteral("council-foot.pdf"));
        const QImage page = PdfProbe(path).renderPage(2, 100).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!page.isNull());
        // The bottom margin (20 mm) and the last centimetre of the text area.
        const int from = page.height() - int(30 / 25.4 * 100);
        for (int y = from; y < page.height(); ++y) {
            const uchar* line = page.constScanLine(y);
            for (int x = 0; x < page.width(); ++x) {
                QVERIFY2(line[x] > 128, qPrintable(QStringLiteral("ink at %1,%2").arg(x).arg(y)));
            }
        }
    }
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestCouncilDocument)
#include "TestCouncilDocument.moc"
