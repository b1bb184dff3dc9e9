// Evidence downloads that resume where they stopped (issue 14), against a real danhgia-server on a
// real PostgreSQL. The server: the whole file (200, with its ETag, the content's SHA-256), the rest
// from a byte (206 with Content-Range, across the chunks it was uploaded in), a range past the end
// (416 with a JSON error), and If-Range: another ETag gets the whole file. The client, through the
// fault-injecting proxy: a download cut off four times resumes each time from what arrived (the
// bytes received stay under twice the file, and each new request asks a Range); a part cut off
// and left by a cancelled sync is resumed by the next one, and so is the part of danhgia-cli sync
// killed (SIGKILL) half way through a download; a part kept from another version of the
// server's file is not spliced: the whole file comes again; a damaged part is caught by the hash,
// refused with a message naming the file, never visible, and the next attempt starts from byte 0.

#include "FaultProxy.h"
#include "SyncClients.h"
#include "TestSupport.h"
#include "engine/EvidenceTransfer.h"
#include "network/ServerConnection.h"
#include "stores/EvidenceStore.h"
#include "sync/EvidencePartial.h"
#include "sync/EvidenceTransferState.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace danhgia;

class TestEvidenceDownloadResume : public QObject
{
    Q_OBJECT

private:
    static constexpr int Size = 2 * 1000 * 1000;
    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncClients> m_clients;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Database> m_commune;
    std::unique_ptr<Database> m_db; // the province's: the row pulled, its content not
    QByteArray m_content;
    EvidenceTransferState::File m_file;
    qint64 m_id = 0;

    static QByteArray randomBytes(int size, quint32 seed)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(seed);
        generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
        return bytes;
    }
    static QString hashOf(const QByteArray& bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    QByteArray stored() const
    {
        QFile file(EvidenceStore::blobPath(*m_db, m_file.sha256));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // A connection through the proxy that tries `attempts` times, waiting `backoff` in between.
    std::unique_ptr<ServerConnection>
    connect(int attempts, std::chrono::milliseconds backoff = std::chrono::milliseconds(5))
    {
        ServerConnection::Options options;
        options.attempts = attempts;
        options.backoff = backoff;
        options.maxBackoff = backoff;
        auto connection = std::make_unique<ServerConnection>(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port())), options);
        QString error;
        if (!connection->signIn(QStringLiteral("thamdinh"), QString::fromLatin1(ProvinceFixture::Password),
                                &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        m_proxy->clearCounts();
        return connection;
    }
    // A part left by an earlier attempt: `bytes` from the ETag `etag`.
    void keepPart(const QByteArray& bytes, const QByteArray& etag)
    {
        const EvidencePartial partial(*m_db, m_file);
        QVERIFY(QDir().mkpath(QFileInfo(partial.partPath()).absolutePath()));
        QSaveFile part(partial.partPath());
        QVERIFY(part.open(QIODevice::WriteOnly) && part.write(bytes) == bytes.size() && part.commit());
        QSaveFile tag(partial.etagPath());
        QVERIFY(tag.open(QIODevice::WriteOnly) && tag.write(etag) == etag.size() && tag.commit());
    }
    // The requests of the download seen by the proxy ("GET /api/v1/evidence/… bytes=N-").
    QStringList downloads() const
    {
        return m_proxy->requests().filter(QStringLiteral("GET /api/v1/evidence/"));
    }
    HttpTestClient::Response get(const QList<QPair<QByteArray, QByteArray>>& headers) const
    {
        return m_province.client(QStringLiteral("thamdinh"))
            .request("GET", QStringLiteral("/api/v1/evidence/%1").arg(m_file.sha256), {}, headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }
    // A scan of 2 MB attached by XCL and uploaded (in parts of 700 kB: three chunks on the server),
    // and the province's database with its row, pulled without the content.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clients = std::make_unique<SyncClients>(m_province, m_dir->path());
        m_proxy = std::make_unique<FaultProxy>(m_province.port(), 14, FaultProxy::Options{});
        m_proxy->setFaulty(false);
        QString error;
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
        m_db = m_clients->open(QStringLiteral("province"));
        m_commune = m_clients->open(QStringLiteral("xcl"));
        QVERIFY(m_db && m_commune);
        const QString campaign = m_clients->openCampaign(*m_db);
        QVERIFY(!campaign.isEmpty());
        QVERIFY(m_clients->sync(*m_commune, QStringLiteral("xcl")).completed);
        const qint64 sheet = SyncClients::sheetOf(*m_commune, campaign, QStringLiteral("XCL"));
        static quint32 seed = 2026; // a file new to the server in each test
        m_content = randomBytes(Size, ++seed);
        const auto record = EvidenceStore::attachData(*m_commune, sheet, QStringLiteral("1.1"), m_content,
                                                      QStringLiteral("Biên bản kiểm tra CCHC.pdf"),
                                                      QStringLiteral("xcl"), &error);
        QVERIFY2(record, qPrintable(error));
        m_file = {record->sha256, Size, QStringLiteral("Biên bản kiểm tra CCHC.pdf")};
        const SyncSummary sent = m_clients->sync(*m_commune, QStringLiteral("xcl"), false, 700 * 1000);
        QVERIFY2(sent.completed && sent.filesSent == 1, qPrintable(sent.toText()));
        const SyncSummary pulled = m_clients->sync(*m_db, QStringLiteral("quantri"), true);
        QVERIFY2(pulled.completed, qPrintable(pulled.toText()));
        m_id = SyncClients::text(
                   *m_db,
                   QStringLiteral("SELECT id FROM evidence_files WHERE sha256 = '%1'").arg(m_file.sha256))
                   .toLongLong();
        QVERIFY(m_id > 0);
        QVERIFY(stored().isEmpty());
    }
    void cleanup()
    {
        m_proxy.reset();
        m_db.reset();
        m_commune.reset();
        m_clients.reset();
        m_dir.reset();
    }

    void serverAnswersTheWholeFileARangeOrPastTheEnd()
    {
        const QByteArray etag = '"' + m_file.sha256.toLatin1() + '"';
        auto answer = get({});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("ETag"), etag);
        QCOMPARE(answer.header("Accept-Ranges"), QByteArrayLiteral("bytes"));
        QVERIFY(answer.body == m_content);
        // From a byte inside the second chunk to the end, across the third.
        answer = get({{"Range", "bytes=1000000-"}});
        QCOMPARE(answer.status, 206);
        QCOMPARE(answer.header("Content-Range"), QByteArrayLiteral("bytes 1000000-1999999/2000000"));
        QVERIFY(answer.body == m_content.mid(1000000));
        answer = get({{"Range", "bytes=699990-700009"}});
        QCOMPARE(answer.status, 206);
        QVERIFY(answer.body == m_content.mid(699990, 20));
        answer = get({{"Range", "bytes=2000000-"}});
        QCOMPARE(answer.status, 416);
        QCOMPARE(answer.errorCode(), QStringLiteral("range_not_satisfiable"));
        QCOMPARE(answer.header("Content-Range"), QByteArrayLiteral("bytes */2000000"));
        QVERIFY(!answer.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        // If-Range: the same file resumes; another version gets the whole file.
        answer = get({{"Range", "bytes=1999000-"}, {"If-Range", etag}});
        QCOMPARE(answer.status, 206);
        QVERIFY(answer.body == m_content.mid(1999000));
        answer = get({{"Range", "bytes=1999000-"}, {"If-Range", "\"an-older-version\""}});
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body == m_content);
    }

    void downloadCutOffFourTimesResumesEachTime()
    {
        const auto connection = connect(6);
        QVERIFY(connection);
        const QList<FaultProxy::Step> cuts{{FaultProxy::Fault::DropResponse, 50},
                                           {FaultProxy::Fault::DropResponse, 60},
                                           {FaultProxy::Fault::DropResponse, 70},
                                           {FaultProxy::Fault::DropResponse, 80}};
        m_proxy->script("GET /api/v1/evidence/", cuts);
        EvidenceTransfer transfer(*m_db, *connection);
        QString error;
        QVERIFY2(transfer.fetch(m_id, &error), qPrintable(error));
        QVERIFY(stored() == m_content);
        const QStringList asked = downloads();
        QCOMPARE(asked.size(), 5);
        QVERIFY2(!asked.first().contains(QStringLiteral("bytes=")),
                 qPrintable(asked.join(QLatin1Char('\n'))));
        qint64 previous = 0;
        for (int i = 1; i < asked.size(); ++i) {
            const qint64 from = asked.at(i).section(QStringLiteral("bytes="), 1).chopped(1).toLongLong();
            QVERIFY2(from > previous && from < Size, qPrintable(asked.join(QLatin1Char('\n'))));
            previous = from;
        }
        // From the start each time, it would have been 3.6 times the file.
        QVERIFY2(m_proxy->bytesToClient() < 2 * qint64(Size),
                 qPrintable(QString::number(m_proxy->bytesToClient())));
        QVERIFY(!QFile::exists(EvidencePartial(*m_db, m_file).partPath()));
    }

    void partLeftByACancelledSyncIsResumedByTheNext()
    {
        // Cut off at 70%, then cancelled while the connection waits to try again: the sync stops
        // with the part kept and nothing visible.
        auto connection = connect(3, std::chrono::milliseconds(5000));
        QVERIFY(connection);
        m_proxy->script("GET /api/v1/evidence/", {{FaultProxy::Fault::DropResponse, 70}});
        const QString part = EvidencePartial(*m_db, m_file).partPath();
        QTimer canceller;
        QObject::connect(&canceller, &QTimer::timeout, connection.get(), [&] {
            if (QFileInfo(part).size() >= qint64(Size) * 69 / 100) {
                connection->cancel();
            }
        });
        canceller.start(20);
        SyncSummary summary;
        QVERIFY(!EvidenceTransfer(*m_db, *connection).downloadAll(&summary));
        canceller.stop();
        QVERIFY(connection->isCancelled());
        QVERIFY(stored().isEmpty());
        const qint64 kept = EvidencePartial(*m_db, m_file).offset();
        QVERIFY2(kept > Size / 2, qPrintable(QString::number(kept)));
        // The next sync asks for the rest only.
        connection = connect(1);
        QVERIFY(connection);
        summary = SyncSummary();
        QVERIFY2(EvidenceTransfer(*m_db, *connection).downloadAll(&summary), qPrintable(summary.toText()));
        QCOMPARE(summary.filesReceived, 1);
        QVERIFY(stored() == m_content);
        QCOMPARE(
            downloads(),
            QStringList{QStringLiteral("GET /api/v1/evidence/%1 bytes=%2-").arg(m_file.sha256).arg(kept)});
        QVERIFY(m_proxy->bytesToClient() < Size - kept + 10000);
    }

    void downloadOfAKilledClientIsResumedNeverVisibleHalfDone()
    {
        // danhgia-cli sync gets 800 kB of the file through the proxy, then nothing more, and is
        // killed while it waits for the rest.
        m_proxy->script("GET /api/v1/evidence/", {{FaultProxy::Fault::Stall, 800 * 1000}});
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DANHGIA_PASSWORD"), QString::fromLatin1(ProvinceFixture::Password));
        // No keychain: the machine's own is never touched.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/none"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(DANHGIA_CLI_PATH),
                  {QStringLiteral("sync"), QStringLiteral("--db"), m_db->path(), QStringLiteral("--server"),
                   QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()), QStringLiteral("--user"),
                   QStringLiteral("quantri")});
        QVERIFY(cli.waitForStarted());
        const QString part = EvidencePartial(*m_db, m_file).partPath();
        QElapsedTimer waited;
        waited.start();
        while (QFileInfo(part).size() < 799 * 1000 && cli.state() == QProcess::Running
               && waited.elapsed() < 20000) {
            QThread::msleep(2);
        }
        cli.kill();
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        QVERIFY(stored().isEmpty());
        const qint64 kept = EvidencePartial(*m_db, m_file).offset();
        QVERIFY2(kept >= 799 * 1000 && kept < 800 * 1000, qPrintable(QString::number(kept)));
        // The next attempt asks for the rest only.
        const auto connection = connect(1);
        QVERIFY(connection);
        QString error;
        QVERIFY2(EvidenceTransfer(*m_db, *connection).fetch(m_id, &error), qPrintable(error));
        QVERIFY(stored() == m_content);
        QCOMPARE(
            downloads(),
            QStringList{QStringLiteral("GET /api/v1/evidence/%1 bytes=%2-").arg(m_file.sha256).arg(kept)});
    }

    void partOfAnotherVersionIsNotSplicedTheWholeFileComes()
    {
        keepPart(randomBytes(500 * 1000, 7), QByteArrayLiteral("\"an-older-version\""));
        const auto connection = connect(1);
        QVERIFY(connection);
        QString error;
        QVERIFY2(EvidenceTransfer(*m_db, *connection).fetch(m_id, &error), qPrintable(error));
        QVERIFY(stored() == m_content);
        // It asked for the rest of its version; the server sent the whole of its own.
        QCOMPARE(downloads(),
                 QStringList{QStringLiteral("GET /api/v1/evidence/%1 bytes=500000-").arg(m_file.sha256)});
        QVERIFY(m_proxy->bytesToClient() >= Size);
    }

    void damagedPartIsCaughtByTheHashAndTheNextAttemptStartsFromZero()
    {
        QByteArray damaged = m_content.left(500 * 1000);
        damaged[4242] = static_cast<char>(damaged.at(4242) ^ 0x20);
        keepPart(damaged, '"' + m_file.sha256.toLatin1() + '"');
        auto connection = connect(1);
        QVERIFY(connection);
        QString error;
        QVERIFY(!EvidenceTransfer(*m_db, *connection).fetch(m_id, &error));
        QVERIFY2(error.contains(m_file.name) && error.contains(m_file.sha256), qPrintable(error));
        // In the officer's language.
        QVERIFY2(error.contains(QStringLiteral("không phải tệp đã đính kèm")), qPrintable(error));
        QVERIFY(stored().isEmpty());
        QVERIFY(!EvidenceStore::verify(*m_db, m_id, &error));
        QCOMPARE(EvidenceTransferState::attempts(*m_db, m_file.sha256,
                                                 EvidenceTransferState::Direction::Download, &error)
                     ->attempts,
                 1);
        QCOMPARE(EvidencePartial(*m_db, m_file).offset(), 0);
        connection = connect(1);
        QVERIFY(connection);
        QVERIFY2(EvidenceTransfer(*m_db, *connection).fetch(m_id, &error), qPrintable(error));
        QVERIFY(stored() == m_content);
        QCOMPARE(downloads(), QStringList{QStringLiteral("GET /api/v1/evidence/%1").arg(m_file.sha256)});
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestEvidenceDownloadResume)
#include "TestEvidenceDownloadResume.moc"
