// The client's side of evidence transfers (core/storage/sync/EvidenceTransferState): a file is due
// for upload once the server applied its row, and no more once it is there; a row without its
// content here is due for download, the attempt is kept; the parts an upload sends are read from an
// offset. (A download's own checks: TestEvidencePartial.)

#include "SheetFixture.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "stores/EvidenceStore.h"
#include "sync/EvidenceTransferState.h"
#include "sync/SyncOutbox.h"
#include "sync/SyncStateStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

using Direction = EvidenceTransferState::Direction;

class TestEvidenceTransferState : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SheetFixture m_fixture;
    const QByteArray m_content = QByteArrayLiteral("%PDF-1.4 biên bản họp thẩm định, 12 trang");

    std::optional<EvidenceRecord> attach()
    {
        QString error;
        auto record
            = EvidenceStore::attachData(*m_db, m_fixture.sheet, QStringLiteral("1.1"), m_content,
                                        QStringLiteral("Biên bản.pdf"), QStringLiteral("xcl"), &error);
        if (!record) {
            qWarning("%s", qPrintable(error));
        }
        return record;
    }
    bool acknowledgeAll(QString* error)
    {
        const QString client = SyncStateStore::read(m_db->connection(), error)->clientId;
        SyncOutbox::Tally tally;
        const auto ops = SyncOutbox::pending(*m_db, client, 1000, &tally, error);
        QJsonArray outcomes;
        for (const SyncOutbox::Operation& op : *ops) {
            outcomes.append(QJsonObject{{QStringLiteral("op_id"), op.wire.value(QLatin1String("op_id"))},
                                        {QStringLiteral("status"), QStringLiteral("applied")},
                                        {QStringLiteral("version"), 3}});
        }
        return SyncOutbox::record(*m_db, *ops, outcomes, &tally, error);
    }
    EvidenceTransferState::File file() const
    {
        return {QString::fromLatin1(QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex()),
                m_content.size(), QStringLiteral("Biên bản.pdf")};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        m_fixture = SheetFixture();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("transfers.sqlite")), &error), qPrintable(error));
        QVERIFY2(m_fixture.populate(*m_db, &error), qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void fileIsDueForUploadOnceTheServerAppliedItsRow()
    {
        QVERIFY(attach());
        QString error;
        QCOMPARE(EvidenceTransferState::uploadsDue(*m_db, &error)->size(), 0);
        QVERIFY2(acknowledgeAll(&error), qPrintable(error));
        const auto due = EvidenceTransferState::uploadsDue(*m_db, &error);
        QVERIFY2(due, qPrintable(error));
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().sha256, file().sha256);
        QCOMPARE(due->first().size, m_content.size());
        // A failed attempt keeps it due, with its message; done, it is no longer due.
        QVERIFY(EvidenceTransferState::recordFailure(*m_db, file().sha256, Direction::Upload,
                                                     QStringLiteral("Máy chủ không trả lời"), &error));
        QCOMPARE(EvidenceTransferState::uploadsDue(*m_db, &error)->size(), 1);
        QCOMPARE(EvidenceTransferState::attempts(*m_db, file().sha256, Direction::Upload, &error)->attempts,
                 1);
        QVERIFY(EvidenceTransferState::markDone(*m_db, file().sha256, Direction::Upload, &error));
        QCOMPARE(EvidenceTransferState::uploadsDue(*m_db, &error)->size(), 0);
        // The content is already here: nothing to download.
        QCOMPARE(EvidenceTransferState::downloadsDue(*m_db, &error)->size(), 0);
    }

    void rowWithoutItsContentIsDueForDownload()
    {
        const auto record = attach();
        QVERIFY(record);
        QString error;
        QVERIFY2(acknowledgeAll(&error), qPrintable(error));
        QVERIFY(QFile::remove(EvidenceStore::blobPath(*m_db, record->sha256)));
        const auto due = EvidenceTransferState::downloadsDue(*m_db, &error);
        QVERIFY2(due, qPrintable(error));
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().name, QStringLiteral("Biên bản.pdf"));
        const auto missing = EvidenceTransferState::missingContent(*m_db, record->id, &error);
        QVERIFY(missing);
        QCOMPARE(missing->sha256, record->sha256);
        // Content that cannot be read is not offered for upload.
        QCOMPARE(EvidenceTransferState::uploadsDue(*m_db, &error)->size(), 0);
    }

    void uploadPartsAreReadFromAnOffset()
    {
        QVERIFY(attach());
        QString error;
        const auto first = EvidenceTransferState::readPart(*m_db, file(), 0, 10, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(*first, m_content.left(10));
        const auto last = EvidenceTransferState::readPart(*m_db, file(), 10, 1000, &error);
        QVERIFY2(last, qPrintable(error));
        QCOMPARE(*last, m_content.mid(10));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceTransferState)
#include "TestEvidenceTransferState.moc"
