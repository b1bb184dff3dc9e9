// Printing every score sheet of a campaign to a folder on a worker thread: one PDF per sheet with
// a unique name, progress after each sheet, a cancel that stops after the sheet being written
// and leaves no half-written file, and errors reported rather than thrown.

#include "BatchDocumentExport.h"
#include "PdfProbe.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "documents/SheetPrintout.h"
#include "sources/SheetPrintoutSource.h"

#include <QDir>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace danhgia;
using danhgia::test::PdfProbe;

class TestBatchDocumentExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
    int m_staffSheets = 0;

    BatchDocumentExport::Request request(const QString& folder) const
    {
        BatchDocumentExport::Request request;
        request.databasePath = m_demoPath;
        request.campaignCode = QString::fromLatin1(DemoDatabase::StaffCampaign);
        request.folder = m_dir.filePath(folder);
        request.settings = SheetPrintout::defaultSettings(QDate(2026, 11, 30));
        return request;
    }

    static QStringList filesIn(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    static BatchDocumentExport::Result resultOf(const QSignalSpy& spy)
    {
        return spy.first().first().value<BatchDocumentExport::Result>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demoPath, &error), qPrintable(error));
        m_staffSheets = static_cast<int>(
            test::countRows(m_demoPath,
                            QStringLiteral("SELECT COUNT(*) FROM score_sheets s JOIN campaigns c ON c.id = "
                                           "s.campaign_id WHERE c.code = 'CCVC-2026-Q4'")));
        QCOMPARE(m_staffSheets, 120); // 40 people, three months
    }

    void exportsEverySheetOfTheCampaign()
    {
        BatchDocumentExport exporter;
        QSignalSpy progress(&exporter, &BatchDocumentExport::progress);
        QSignalSpy finished(&exporter, &BatchDocumentExport::finished);
        QString error;
        const auto wanted = request(QStringLiteral("all"));
        QVERIFY2(exporter.start(wanted, &error), qPrintable(error));
        QVERIFY(exporter.isRunning());
        // The calling thread is free while the worker writes: it gets here at once.
        QVERIFY(progress.size() < m_staffSheets);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
        QVERIFY(!exporter.isRunning());
        const BatchDocumentExport::Result result = resultOf(finished);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.failures.isEmpty(), qPrintable(result.failures.value(0).message));
        QCOMPARE(result.files.size(), m_staffSheets);
        const QStringList files = filesIn(wanted.folder);
        QCOMPARE(files.size(), m_staffSheets);
        for (const QString& file : files) {
            QVERIFY2(file.endsWith(QLatin1String(".pdf")), qPrintable(file));
        }
        // Named after the person and the period.
        QVERIFY2(files.contains(QStringLiteral("nguyen-van-an-2026-11.pdf")),
                 qPrintable(files.join(QLatin1Char(' '))));

        // Progress: one signal per sheet, counting up to the total.
        QCOMPARE(progress.size(), m_staffSheets);
        for (int i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
            QCOMPARE(progress.at(i).at(1).toInt(), m_staffSheets);
        }

        PdfProbe probe(QDir(wanted.folder).filePath(QStringLiteral("nguyen-van-an-2026-11.pdf")));
        QVERIFY(probe.isA4());
        QVERIFY(probe.pageCount() >= 1);
        for (const auto& font : probe.fonts()) {
            QVERIFY2(font.embedded, qPrintable(font.name));
        }
        const QString text = probe.flatText();
        QVERIFY(text.contains(QStringLiteral("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG")));
        QVERIFY(text.contains(QStringLiteral("Họ và tên: Nguyễn Văn An")));
        QVERIFY(text.contains(QStringLiteral("Tháng 11 năm 2026")));
    }

    void cancelStopsAfterTheCurrentFile()
    {
        BatchDocumentExport exporter;
        QSignalSpy progress(&exporter, &BatchDocumentExport::progress);
        QSignalSpy finished(&exporter, &BatchDocumentExport::finished);
        // As a Cancel button would: on the first progress, on this thread.
        connect(&exporter, &BatchDocumentExport::progress, &exporter, [&exporter] { exporter.cancel(); });
        QString error;
        const auto wanted = request(QStringLiteral("cancelled"));
        QVERIFY2(exporter.start(wanted, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
        const BatchDocumentExport::Result result = resultOf(finished);
        QVERIFY(result.cancelled);
        QVERIFY(!result.files.isEmpty());
        QVERIFY2(result.files.size() < m_staffSheets, qPrintable(QString::number(result.files.size())));
        QCOMPARE(progress.size(), result.files.size());
        // Every file there is a whole PDF of the result; nothing half-written is left behind.
        const QStringList files = filesIn(wanted.folder);
        QCOMPARE(files.size(), result.files.size());
        for (const QString& path : result.files) {
            QVERIFY(files.contains(QFileInfo(path).fileName()));
            QCOMPARE(PdfProbe(path).pageCount() >= 1, true);
        }
    }

    void listedSheetsWithTheSameNameGetUniqueFiles()
    {
        // The same sheet twice: the second file takes "-2".
        QString error;
        Database db;
        QVERIFY2(db.open(m_demoPath, &error, false), qPrintable(error));
        SheetPrintoutSource source(db.connection());
        const auto ids = source.campaignSheets(QString::fromLatin1(DemoDatabase::StaffCampaign), &error);
        QVERIFY2(ids, qPrintable(error));
        auto wanted = request(QStringLiteral("listed"));
        wanted.sheetIds = {ids->first(), ids->first(), 987654};
        BatchDocumentExport exporter;
        QSignalSpy finished(&exporter, &BatchDocumentExport::finished);
        QVERIFY2(exporter.start(wanted, &error), qPrintable(error));
        // One export at a time.
        QVERIFY(!exporter.start(wanted, &error));
        QVERIFY(!error.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
        const BatchDocumentExport::Result result = resultOf(finished);
        QCOMPARE(result.files.size(), 2);
        QCOMPARE(QFileInfo(result.files.at(1)).fileName(),
                 QFileInfo(result.files.at(0)).completeBaseName() + QStringLiteral("-2.pdf"));
        // The sheet that is not in the database is a failure with its message; the rest goes on.
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures.first().sheetId, 987654);
        QVERIFY2(result.failures.first().message.contains(QStringLiteral("987654")),
                 qPrintable(result.failures.first().message));
    }

    void badRequestsAreRefusedOrReported()
    {
        BatchDocumentExport exporter;
        QString error;
        auto missing = request(QStringLiteral("missing"));
        missing.databasePath = m_dir.filePath(QStringLiteral("khong-co.sqlite"));
        QVERIFY(!exporter.start(missing, &error));
        QVERIFY2(error.contains(QStringLiteral("khong-co.sqlite")), qPrintable(error));

        auto unknown = request(QStringLiteral("unknown"));
        unknown.campaignCode = QStringLiteral("KHONG-CO");
        QSignalSpy finished(&exporter, &BatchDocumentExport::finished);
        QVERIFY2(exporter.start(unknown, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const BatchDocumentExport::Result result = resultOf(finished);
        QVERIFY(result.files.isEmpty());
        QCOMPARE(result.failures.size(), 1);
        QVERIFY2(result.failures.first().message.contains(QStringLiteral("KHONG-CO")),
                 qPrintable(result.failures.first().message));
    }

    void destroyingARunningExportWaitsForIt()
    {
        QString error;
        const auto wanted = request(QStringLiteral("destroyed"));
        {
            BatchDocumentExport exporter;
            QVERIFY2(exporter.start(wanted, &error), qPrintable(error));
        }
        // The worker stopped after at most the file it was writing, which is whole.
        const QStringList files = filesIn(wanted.folder);
        QVERIFY(files.size() < m_staffSheets);
        for (const QString& file : files) {
            QVERIFY2(file.endsWith(QLatin1String(".pdf")), qPrintable(file));
            QVERIFY(PdfProbe(QDir(wanted.folder).filePath(file)).pageCount() >= 1);
        }
    }
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestBatchDocumentExport)
#include "TestBatchDocumentExport.moc"
