// The engine's evidence transfer (core/sync/engine/EvidenceTransfer) when the server cannot be
// reached or the sync is cancelled: it stops there (the sync does not finish, nothing is counted as
// a file's failure and no attempt is recorded), so the next sync starts the file again. The
// transfers against a real server are in tests/server/TestSyncEvidence.cpp.

#include "SheetFixture.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "engine/EvidenceTransfer.h"
#include "network/ServerConnection.h"
#include "stores/EvidenceStore.h"
#include "sync/SyncOutbox.h"
#include "sync/SyncStateStore.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestEvidenceTransfer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SheetFixture m_fixture;
    QString m_sha256;

    // A loopback address where nothing listens (a port taken and released again).
    static QUrl deadServer()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }
    static ServerConnection::Options quick()
    {
        ServerConnection::Options options;
        options.attempts = 1;
        options.timeout = std::chrono::milliseconds(2000);
        return options;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        m_fixture = SheetFixture();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("transfer.sqlite")), &error), qPrintable(error));
        QVERIFY2(m_fixture.populate(*m_db, &error), qPrintable(error));
        const auto record
            = EvidenceStore::attachData(*m_db, m_fixture.sheet, QStringLiteral("1.1"), "scan",
                                        QStringLiteral("Biên bản.pdf"), QStringLiteral("xcl"), &error);
        QVERIFY2(record, qPrintable(error));
        m_sha256 = record->sha256;
        // The server applied every change: the file is due for upload.
        const QString client = SyncStateStore::read(m_db->connection(), &error)->clientId;
        SyncOutbox::Tally tally;
        const auto ops = SyncOutbox::pending(*m_db, client, 1000, &tally, &error);
        QVERIFY2(ops, qPrintable(error));
        QJsonArray outcomes;
        for (const SyncOutbox::Operation& op : *ops) {
            outcomes.append(QJsonObject{{QStringLiteral("op_id"), op.wire.value(QLatin1String("op_id"))},
                                        {QStringLiteral("status"), QStringLiteral("applied")},
                                        {QStringLiteral("version"), 4}});
        }
        QVERIFY2(SyncOutbox::record(*m_db, *ops, outcomes, &tally, &error), qPrintable(error));
        QCOMPARE(EvidenceTransferState::uploadsDue(*m_db, &error)->size(), 1);
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void serverThatDoesNotAnswerStopsTheTransfer()
    {
        ServerConnection connection(deadServer(), quick());
        EvidenceTransfer transfer(*m_db, connection);
        SyncSummary summary;
        QVERIFY(!transfer.uploadAll(&summary));
        QVERIFY(!summary.error.isEmpty());
        QCOMPARE(summary.filesFailed, 0);
        QCOMPARE(summary.filesSent, 0);
        QString error;
        QCOMPARE(
            EvidenceTransferState::attempts(*m_db, m_sha256, EvidenceTransferState::Direction::Upload, &error)
                ->attempts,
            0);
        QCOMPARE(EvidenceTransferState::uploadsDue(*m_db, &error)->size(), 1);
    }

    void cancelledSyncMovesNoFile()
    {
        ServerConnection connection(deadServer(), quick());
        connection.cancel();
        EvidenceTransfer transfer(*m_db, connection);
        SyncSummary summary;
        QVERIFY(!transfer.uploadAll(&summary));
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.filesSent + summary.filesFailed, 0);
        QString error;
        QCOMPARE(EvidenceTransferState::uploadsDue(*m_db, &error)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceTransfer)
#include "TestEvidenceTransfer.moc"
