// The whole round of a year's PAR index between three databases and a real danhgia-server on a real
// PostgreSQL (issue 14's first acceptance test): the province publishes a criteria set and opens a
// campaign; the communes XCL and XDD pull, score offline, attach evidence (real files), submit and
// push; the province pulls (the evidence comes with it), appraises with reasons, returns XDD's sheet
// and approves XCL's; XDD reworks (a new value, a second file) and submits again; the province
// appraises and approves it. In the end every database agrees with the server row by row (every
// synchronised table by UUID, with the wire's translation, the sheets' values and reasons, the
// evidence bytes) and the audit trail of every database verifies.

#include "SyncClients.h"
#include "SyncComparison.h"
#include "database/AuditLog.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "stores/EvidenceStore.h"
#include "sync/SyncOutbox.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace danhgia;

namespace {

const QString Xcl = QStringLiteral("XCL");
const QString Xdd = QStringLiteral("XDD");

} // namespace

class TestSyncThreeDatabases : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncClients> m_clients;

    // A scan written to a real file and attached to the leaf 1.1 of the sheet.
    bool attachScan(Database& db, qint64 sheet, const QString& name, int size, QString* error)
    {
        QByteArray content(size, Qt::Uninitialized);
        QRandomGenerator generator(static_cast<quint32>(qHash(name)));
        for (int i = 0; i < size; ++i) {
            content[i] = static_cast<char>(generator.bounded(256));
        }
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != size) {
            *error = file.errorString();
            return false;
        }
        file.close();
        return EvidenceStore::attach(db, sheet, QStringLiteral("1.1"), path, QStringLiteral("xa"), error)
            .has_value();
    }
    static bool scoreAndSubmit(Database& commune, qint64 sheet, const QString& second, QString* error)
    {
        return SyncClients::score(commune, sheet, QStringLiteral("1.1"), QStringLiteral("4"), error)
            && SyncClients::score(commune, sheet, QStringLiteral("1.2"), second, error)
            && SheetTransitions::apply(commune, sheet, WorkflowAction::Submit, Role::SelfAssessor,
                                       QStringLiteral("xa"), QString(), error)
                   .has_value();
    }
    // The appraiser lowers 1.1 with a reason, keeps 1.2 and records the appraisal.
    static bool appraise(Database& province, qint64 sheet, const QString& second, QString* error)
    {
        SheetEditor editor(province);
        LeafValue lowered;
        lowered.kind = LeafValue::Kind::Points;
        lowered.number = *Decimal::fromString(QStringLiteral("3"));
        LeafValue kept;
        kept.kind = LeafValue::Kind::Points;
        kept.number = *Decimal::fromString(second);
        const QString actor = QStringLiteral("thamdinh");
        return editor.load(sheet, error)
            && editor.write({Stage::Appraised, QStringLiteral("1.1"), lowered,
                             QStringLiteral("Biên bản kiểm tra thiếu chữ ký của lãnh đạo")},
                            Role::Appraiser, actor, error)
            && editor.write({Stage::Appraised, QStringLiteral("1.2"), kept, QString()}, Role::Appraiser,
                            actor, error)
            && SheetTransitions::apply(province, sheet, WorkflowAction::Appraise, Role::Appraiser, actor,
                                       QString(), error)
                   .has_value();
    }
    // A sync that must send and receive without a refusal or a conflict.
    bool cleanSync(Database& db, const QString& login)
    {
        const SyncSummary summary = m_clients->sync(db, login);
        if (!summary.completed || summary.refused > 0 || summary.conflicts > 0 || summary.filesFailed > 0) {
            qWarning("%s: %s", qPrintable(login), qPrintable(summary.toText()));
            return false;
        }
        return true;
    }
    static QString state(Database& db, qint64 sheet)
    {
        return SyncClients::text(db,
                                 QStringLiteral("SELECT state FROM score_sheets WHERE id = %1").arg(sheet));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_clients = std::make_unique<SyncClients>(m_province, m_dir->path());
    }
    void cleanupTestCase()
    {
        m_clients.reset();
        m_dir.reset();
        m_province.stop();
    }

    void provinceAndTwoCommunesAgreeRowByRowAfterAWholeRound()
    {
        auto province = m_clients->open(QStringLiteral("province"));
        auto xcl = m_clients->open(QStringLiteral("xcl"));
        auto xdd = m_clients->open(QStringLiteral("xdd"));
        QVERIFY(province && xcl && xdd);
        const QString campaign = m_clients->openCampaign(*province);
        QVERIFY(!campaign.isEmpty());

        // The communes pull, score offline with a scan each, submit and push.
        QVERIFY(cleanSync(*xcl, QStringLiteral("xcl")));
        QVERIFY(cleanSync(*xdd, QStringLiteral("xdd")));
        const qint64 xclSheet = SyncClients::sheetOf(*xcl, campaign, Xcl);
        const qint64 xddSheet = SyncClients::sheetOf(*xdd, campaign, Xdd);
        QVERIFY(xclSheet > 0 && xddSheet > 0);
        QCOMPARE(SyncClients::sheetOf(*xcl, campaign, Xdd), 0);
        QString error;
        QVERIFY2(attachScan(*xcl, xclSheet, QStringLiteral("Kế hoạch CCHC Chi Lăng.pdf"), 150 * 1000, &error),
                 qPrintable(error));
        QVERIFY2(scoreAndSubmit(*xcl, xclSheet, QStringLiteral("3.5"), &error), qPrintable(error));
        QVERIFY2(attachScan(*xdd, xddSheet, QStringLiteral("Kế hoạch CCHC Đồng Đăng.pdf"), 90 * 1000, &error),
                 qPrintable(error));
        QVERIFY2(scoreAndSubmit(*xdd, xddSheet, QStringLiteral("2"), &error), qPrintable(error));
        SyncSummary summary = m_clients->sync(*xcl, QStringLiteral("xcl"));
        QVERIFY2(summary.completed && summary.refused == 0, qPrintable(summary.toText()));
        QCOMPARE(summary.filesSent, 1);
        QVERIFY(cleanSync(*xdd, QStringLiteral("xdd")));

        // The province pulls both sheets with their evidence, appraises them with reasons, returns
        // XDD's, and its administrator approves XCL's.
        summary = m_clients->sync(*province, QStringLiteral("thamdinh"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.filesReceived, 2);
        const qint64 provinceXcl = SyncClients::sheetOf(*province, campaign, Xcl);
        const qint64 provinceXdd = SyncClients::sheetOf(*province, campaign, Xdd);
        QCOMPARE(state(*province, provinceXcl), QStringLiteral("submitted"));
        QVERIFY2(appraise(*province, provinceXcl, QStringLiteral("3.5"), &error), qPrintable(error));
        QVERIFY2(appraise(*province, provinceXdd, QStringLiteral("2"), &error), qPrintable(error));
        QVERIFY2(SheetTransitions::apply(*province, provinceXdd, WorkflowAction::Return, Role::Appraiser,
                                         QStringLiteral("thamdinh"),
                                         QStringLiteral("Tiêu chí 1.2 chưa có số liệu của quý IV"), &error),
                 qPrintable(error));
        QVERIFY(cleanSync(*province, QStringLiteral("thamdinh")));
        QVERIFY2(SheetTransitions::apply(*province, provinceXcl, WorkflowAction::Approve, Role::Administrator,
                                         QStringLiteral("quantri"), QString(), &error),
                 qPrintable(error));
        QVERIFY(cleanSync(*province, QStringLiteral("quantri")));

        // XDD gets its sheet back, reworks it with a second file and submits again.
        QVERIFY(cleanSync(*xdd, QStringLiteral("xdd")));
        QCOMPARE(state(*xdd, xddSheet), QStringLiteral("draft"));
        QVERIFY2(
            attachScan(*xdd, xddSheet, QStringLiteral("Số liệu quý IV Đồng Đăng.xlsx"), 40 * 1000, &error),
            qPrintable(error));
        QVERIFY2(scoreAndSubmit(*xdd, xddSheet, QStringLiteral("4.5"), &error), qPrintable(error));
        QVERIFY(cleanSync(*xdd, QStringLiteral("xdd")));

        // The province appraises it again and approves it.
        summary = m_clients->sync(*province, QStringLiteral("thamdinh"));
        QVERIFY2(summary.completed, qPrintable(summary.toText()));
        QCOMPARE(summary.filesReceived, 1);
        QCOMPARE(state(*province, provinceXdd), QStringLiteral("submitted"));
        QVERIFY2(appraise(*province, provinceXdd, QStringLiteral("4.5"), &error), qPrintable(error));
        QVERIFY(cleanSync(*province, QStringLiteral("thamdinh")));
        QVERIFY2(SheetTransitions::apply(*province, provinceXdd, WorkflowAction::Approve, Role::Administrator,
                                         QStringLiteral("quantri"), QString(), &error),
                 qPrintable(error));
        QVERIFY(cleanSync(*province, QStringLiteral("quantri")));
        QVERIFY(cleanSync(*xcl, QStringLiteral("xcl")));
        QVERIFY(cleanSync(*xdd, QStringLiteral("xdd")));
        QCOMPARE(state(*xcl, xclSheet), QStringLiteral("approved"));
        QCOMPARE(state(*xdd, xddSheet), QStringLiteral("approved"));

        // Every database agrees with the server, row by row; nothing waits to be sent.
        const struct
        {
            Database* db;
            QString login;
        } parties[] = {{province.get(), QStringLiteral("quantri")},
                       {xcl.get(), QStringLiteral("xcl")},
                       {xdd.get(), QStringLiteral("xdd")}};
        for (const auto& party : parties) {
            const HttpTestClient account = m_province.client(party.login);
            SyncComparison comparison(account);
            QVERIFY2(comparison.load(), qPrintable(party.login));
            const QStringList differences = comparison.differences(*party.db);
            QVERIFY2(differences.isEmpty(),
                     qPrintable(party.login + QStringLiteral(":\n") + differences.join(QLatin1Char('\n'))));
            QCOMPARE(*SyncOutbox::pendingCount(*party.db, &error), 0);
            const AuditLog::Verification audit = AuditLog::verify(party.db->connection());
            QVERIFY2(audit.ok, qPrintable(party.login + QStringLiteral(": ") + audit.message));
        }
        QCOMPARE(SyncClients::text(*province, QStringLiteral("SELECT count(*) FROM evidence_files")),
                 QStringLiteral("3"));
        QCOMPARE(SyncClients::text(*xdd, QStringLiteral("SELECT count(*) FROM evidence_files")),
                 QStringLiteral("2"));
        // The comparison sees what differs: a value changed behind the sync's back.
        QSqlQuery tamper(xdd->connection());
        QVERIFY(tamper.exec(QStringLiteral("UPDATE sheet_values SET value = '{\"points\":1}' WHERE stage = "
                                           "'self' AND code = '1.2'")));
        const HttpTestClient account = m_province.client(QStringLiteral("xdd"));
        SyncComparison comparison(account);
        QVERIFY(comparison.load());
        const QStringList differences = comparison.differences(*xdd);
        QCOMPARE(differences.size(), 1);
        QVERIFY2(differences.first().contains(QStringLiteral("values")), qPrintable(differences.first()));
        // The reasons reached every database that sees the sheet.
        for (Database* db : {province.get(), xdd.get()}) {
            QCOMPARE(
                SyncClients::text(*db,
                                  QStringLiteral("SELECT change_reason FROM sheet_values WHERE "
                                                 "stage = 'appraised' AND code = '1.1' AND sheet_id = %1")
                                      .arg(db == xdd.get() ? xddSheet : provinceXdd)),
                QStringLiteral("Biên bản kiểm tra thiếu chữ ký của lãnh đạo"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncThreeDatabases)
#include "TestSyncThreeDatabases.moc"
