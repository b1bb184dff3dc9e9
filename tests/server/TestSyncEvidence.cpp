// Evidence content through the client's engine against a real danhgia-server on a real PostgreSQL:
// a file attached offline by a commune is uploaded after its row, in parts, and the province's
// database downloads it byte for byte after its pull; an upload cut off half way resumes from the
// server's committed offset; a file not yet on the server is tried again at the next sync, with a
// Vietnamese message meanwhile; a file missing here is fetched when an officer opens it.

#include "SyncClients.h"
#include "engine/EvidenceTransfer.h"
#include "network/ServerConnection.h"
#include "stores/EvidenceStore.h"
#include "sync/EvidenceTransferState.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace danhgia;

class TestSyncEvidence : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncClients> m_clients;

    // A scan of `size` random bytes written to a real file, attached to the sheet's leaf 1.1.
    std::optional<EvidenceRecord> attachScan(Database& db, qint64 sheet, int size, QByteArray* content)
    {
        content->resize(size);
        QRandomGenerator generator(static_cast<quint32>(size));
        for (int i = 0; i < size; ++i) {
            (*content)[i] = static_cast<char>(generator.bounded(256));
        }
        const QString path = m_dir->filePath(QStringLiteral("Biên bản kiểm tra %1.pdf").arg(size));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*content) != size) {
            return std::nullopt;
        }
        file.close();
        QString error;
        auto record
            = EvidenceStore::attach(db, sheet, QStringLiteral("1.1"), path, QStringLiteral("xcl"), &error);
        if (!record) {
            qWarning("%s", qPrintable(error));
        }
        return record;
    }
    QByteArray stored(Database& db, const QString& sha256)
    {
        QFile file(EvidenceStore::blobPath(db, sha256));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    qint64 evidenceId(Database& db, const QString& sha256)
    {
        return SyncClients::text(
                   db, QStringLiteral("SELECT id FROM evidence_files WHERE sha256 = '%1'").arg(sha256))
            .toLongLong();
    }
    // A province and the commune XCL with its sheet of a new campaign.
    struct Pair
    {
        std::unique_ptr<Database> province;
        std::unique_ptr<Database> commune;
        qint64 sheet = 0;
    };
    Pair pair()
    {
        Pair p{m_clients->open(QStringLiteral("province")), m_clients->open(QStringLiteral("xcl")), 0};
        if (!p.province || !p.commune) {
            return p;
        }
        const QString campaign = m_clients->openCampaign(*p.province);
        const SyncSummary pulled = m_clients->sync(*p.commune, QStringLiteral("xcl"));
        if (campaign.isEmpty() || !pulled.completed) {
            qWarning("%s", qPrintable(pulled.toText()));
            return p;
        }
        p.sheet = SyncClients::sheetOf(*p.commune, campaign, QStringLiteral("XCL"));
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clients = std::make_unique<SyncClients>(m_province, m_dir->path());
    }
    void cleanup()
    {
        m_clients.reset();
        m_dir.reset();
    }

    void attachedFileReachesTheProvinceByteForByte()
    {
        Pair p = pair();
        QVERIFY(p.sheet > 0);
        QByteArray content;
        const auto record = attachScan(*p.commune, p.sheet, 300 * 1000, &content);
        QVERIFY(record);
        SyncSummary summary = m_clients->sync(*p.commune, QStringLiteral("xcl"), false, 64 * 1024);
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.filesSent, 1);
        QCOMPARE(summary.filesFailed, 0);
        QVERIFY2(summary.toText().contains(QStringLiteral("1")), qPrintable(summary.toText()));
        summary = m_clients->sync(*p.province, QStringLiteral("quantri"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.filesReceived, 1);
        QCOMPARE(stored(*p.province, record->sha256), content);
        QString error;
        QVERIFY2(EvidenceStore::verify(*p.province, evidenceId(*p.province, record->sha256), &error),
                 qPrintable(error));
        // Nothing moves a second time.
        for (auto* db : {p.commune.get(), p.province.get()}) {
            summary = m_clients->sync(
                *db, db == p.commune.get() ? QStringLiteral("xcl") : QStringLiteral("quantri"));
            QVERIFY2(summary.completed, qPrintable(summary.toText()));
            QCOMPARE(summary.filesSent + summary.filesReceived + summary.filesFailed, 0);
        }
    }

    void uploadCutOffResumesFromTheCommittedOffset()
    {
        Pair p = pair();
        QVERIFY(p.sheet > 0);
        QByteArray content;
        const auto record = attachScan(*p.commune, p.sheet, 200 * 1000, &content);
        QVERIFY(record);
        SyncSummary summary = m_clients->pushOnly(*p.commune, QStringLiteral("xcl"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        // A first sync was cut off after 80,000 bytes had been committed.
        HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        const auto part = commune.put(QStringLiteral("/api/v1/evidence/%1/upload?offset=0&size=%2")
                                          .arg(record->sha256)
                                          .arg(content.size()),
                                      content.left(80000));
        QCOMPARE(part.status, 200);
        summary = m_clients->sync(*p.commune, QStringLiteral("xcl"), false, 50 * 1000);
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.filesSent, 1);
        const auto status = commune.get(QStringLiteral("/api/v1/evidence/%1/upload").arg(record->sha256));
        QVERIFY(status.json().value(QStringLiteral("complete")).toBool());
        QCOMPARE(commune.get(QStringLiteral("/api/v1/evidence/%1").arg(record->sha256)).body, content);
    }

    void fileNotYetOnTheServerIsTriedAgainNextTime()
    {
        Pair p = pair();
        QVERIFY(p.sheet > 0);
        QByteArray content;
        const auto record = attachScan(*p.commune, p.sheet, 5000, &content);
        QVERIFY(record);
        SyncSummary summary = m_clients->pushOnly(*p.commune, QStringLiteral("xcl"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        summary = m_clients->sync(*p.province, QStringLiteral("quantri"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.filesReceived, 0);
        QCOMPARE(summary.filesFailed, 1);
        QVERIFY2(summary.toText().contains(QStringLiteral("Biên bản kiểm tra 5000.pdf")),
                 qPrintable(summary.toText()));
        QString error;
        QCOMPARE(EvidenceTransferState::attempts(*p.province, record->sha256,
                                                 EvidenceTransferState::Direction::Download, &error)
                     ->attempts,
                 1);
        QVERIFY(stored(*p.province, record->sha256).isEmpty());
        QVERIFY2(m_clients->sync(*p.commune, QStringLiteral("xcl")).filesSent == 1, "the upload");
        summary = m_clients->sync(*p.province, QStringLiteral("quantri"));
        QCOMPARE(summary.filesReceived, 1);
        QCOMPARE(stored(*p.province, record->sha256), content);
        QVERIFY(EvidenceTransferState::attempts(*p.province, record->sha256,
                                                EvidenceTransferState::Direction::Download, &error)
                    ->done);
    }

    void missingFileIsFetchedWhenOpened()
    {
        Pair p = pair();
        QVERIFY(p.sheet > 0);
        QByteArray content;
        const auto record = attachScan(*p.commune, p.sheet, 7000, &content);
        QVERIFY(record);
        QVERIFY(m_clients->sync(*p.commune, QStringLiteral("xcl")).filesSent == 1);
        // The province pulls the row without its content.
        const SyncSummary pulled = m_clients->sync(*p.province, QStringLiteral("quantri"), true);
        QVERIFY2(pulled.completed, qPrintable(pulled.toText()));
        const qint64 id = evidenceId(*p.province, record->sha256);
        QVERIFY(id > 0);
        QString error;
        QVERIFY(!EvidenceStore::open(*p.province, id, &error));
        ServerConnection connection(m_clients->serverUrl(), ServerConnection::Options{});
        QVERIFY(connection.signIn(QStringLiteral("thamdinh"), QString::fromLatin1(ProvinceFixture::Password),
                                  &error));
        EvidenceTransfer transfer(*p.province, connection);
        QVERIFY2(transfer.fetch(id, &error), qPrintable(error));
        QVERIFY2(EvidenceStore::open(*p.province, id, &error), qPrintable(error));
        QCOMPARE(stored(*p.province, record->sha256), content);
        // Here already: nothing to fetch.
        QVERIFY2(transfer.fetch(id, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSyncEvidence)
#include "TestSyncEvidence.moc"
