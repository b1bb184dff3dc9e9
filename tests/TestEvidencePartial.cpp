// A download of evidence content in progress (core/storage/sync/EvidencePartial): its bytes are
// kept next to where the file goes, never under the file's own name; a new attempt (another
// process) resumes from them with the ETag they came with, and refuses to splice bytes of another
// offset or another ETag; a part without its ETag is not resumed; the whole file is checked (size,
// SHA-256): a damaged one is refused with a message naming the file, is never visible and is thrown
// away so that the next attempt starts from byte 0; the store's garbage collection keeps the part of
// a file still referenced.

#include "SheetFixture.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "stores/EvidenceStore.h"
#include "sync/EvidencePartial.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestEvidencePartial : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SheetFixture m_fixture;
    const QByteArray m_content = QByteArrayLiteral("%PDF-1.4 biên bản họp thẩm định, 12 trang");
    const QByteArray m_etag = QByteArrayLiteral("\"v1\"");
    qint64 m_id = 0;

    EvidenceTransferState::File file() const
    {
        return {QString::fromLatin1(QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex()),
                m_content.size(), QStringLiteral("Biên bản.pdf")};
    }
    QString blob() const { return EvidenceStore::blobPath(*m_db, file().sha256); }
    bool visible()
    {
        QString error;
        return EvidenceStore::verify(*m_db, m_id, &error);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        m_fixture = SheetFixture();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("partial.sqlite")), &error), qPrintable(error));
        QVERIFY2(m_fixture.populate(*m_db, &error), qPrintable(error));
        // A row whose content is not here (as after a pull).
        const auto record
            = EvidenceStore::attachData(*m_db, m_fixture.sheet, QStringLiteral("1.1"), m_content,
                                        QStringLiteral("Biên bản.pdf"), QStringLiteral("xcl"), &error);
        QVERIFY2(record, qPrintable(error));
        m_id = record->id;
        QVERIFY(QFile::remove(blob()));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void keptBytesAreResumedWithTheirEtag()
    {
        QString error;
        {
            EvidencePartial first(*m_db, file());
            QCOMPARE(first.offset(), 0);
            QVERIFY2(first.begin(0, m_etag, &error), qPrintable(error));
            QVERIFY2(first.append(m_content.left(10), &error), qPrintable(error));
            // Cut off here: nothing visible under the file's name.
            QVERIFY(!QFile::exists(blob()));
            QVERIFY(!visible());
        }
        EvidencePartial next(*m_db, file());
        QCOMPARE(next.offset(), 10);
        QCOMPARE(next.etag(), m_etag);
        QVERIFY2(next.begin(10, m_etag, &error), qPrintable(error));
        QVERIFY2(next.append(m_content.mid(10), &error), qPrintable(error));
        QVERIFY2(next.finish(&error), qPrintable(error));
        QVERIFY(visible());
        QVERIFY(!QFile::exists(next.partPath()));
        QVERIFY(!QFile::exists(next.etagPath()));
    }

    void bytesOfAnotherOffsetOrEtagAreNotSpliced()
    {
        QString error;
        EvidencePartial partial(*m_db, file());
        QVERIFY2(partial.begin(0, m_etag, &error), qPrintable(error));
        QVERIFY2(partial.append(m_content.left(10), &error), qPrintable(error));
        EvidencePartial next(*m_db, file());
        QVERIFY(!next.begin(5, m_etag, &error));
        QVERIFY2(error.contains(QStringLiteral("Biên bản.pdf")), qPrintable(error));
        QVERIFY(!next.begin(10, QByteArrayLiteral("\"v2\""), &error));
        // Starting over drops the kept bytes and records the new ETag.
        QVERIFY2(next.begin(0, QByteArrayLiteral("\"v2\""), &error), qPrintable(error));
        QCOMPARE(QFile(next.partPath()).size(), 0);
        QCOMPARE(next.etag(), QByteArrayLiteral("\"v2\""));
    }

    void partWithoutItsEtagIsNotResumed()
    {
        QString error;
        EvidencePartial partial(*m_db, file());
        QVERIFY2(partial.begin(0, m_etag, &error), qPrintable(error));
        QVERIFY2(partial.append(m_content.left(10), &error), qPrintable(error));
        QVERIFY(QFile::remove(partial.etagPath()));
        QCOMPARE(EvidencePartial(*m_db, file()).offset(), 0);
    }

    void damagedFileIsRefusedNeverVisibleAndThrownAway()
    {
        QString error;
        QByteArray damaged = m_content;
        damaged[3] = 'X';
        EvidencePartial partial(*m_db, file());
        QVERIFY2(partial.begin(0, m_etag, &error), qPrintable(error));
        QVERIFY2(partial.append(damaged, &error), qPrintable(error));
        QVERIFY(!partial.finish(&error));
        QVERIFY2(error.contains(QStringLiteral("Biên bản.pdf")), qPrintable(error));
        QVERIFY2(error.contains(file().sha256), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("sẽ được tải lại từ đầu")), qPrintable(error));
        QVERIFY(!QFile::exists(blob()));
        QVERIFY(!visible());
        QCOMPARE(EvidencePartial(*m_db, file()).offset(), 0);
        QVERIFY(!QFile::exists(partial.partPath()));
        // Too short is refused the same way.
        QVERIFY2(partial.begin(0, m_etag, &error), qPrintable(error));
        QVERIFY2(partial.append(m_content.left(10), &error), qPrintable(error));
        QVERIFY(!partial.finish(&error));
        QVERIFY(!visible());
        QVERIFY2(partial.begin(0, m_etag, &error), qPrintable(error));
        QVERIFY2(partial.append(m_content, &error), qPrintable(error));
        QVERIFY2(partial.finish(&error), qPrintable(error));
        QVERIFY(visible());
    }

    void garbageCollectionKeepsThePartOfAReferencedFile()
    {
        QString error;
        EvidencePartial partial(*m_db, file());
        QVERIFY2(partial.begin(0, m_etag, &error), qPrintable(error));
        QVERIFY2(partial.append(m_content.left(10), &error), qPrintable(error));
        const auto removed = EvidenceStore::collectGarbage(*m_db, &error);
        QVERIFY2(removed, qPrintable(error));
        QCOMPARE(EvidencePartial(*m_db, file()).offset(), 10);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestEvidencePartial)
#include "TestEvidencePartial.moc"
