// The app's sign-in to the provincial server (ui/sync: SignInDialog, SignInFlow, the File menu),
// against a real danhgia-server and a real Secret Service (scripts/with-keyring.sh): a refused
// sign-in shows the server's reason in the dialog and keeps the login; a good one links the
// database to the account and keeps the token in the keychain only; a linked database signs in
// again silently when the app opens it; "Đăng xuất" revokes the session and deletes the token.
// Once the account's offline use has ended (and nothing in the keychain signs it in again), a banner
// says so above every screen and the approval queue refuses to approve, with the reason; after a
// sign-in from the banner the approval goes through. A file of a pulled sheet whose content has not
// come down yet is fetched, checked and opened when the officer opens it (the opener gets a local
// copy with the server's bytes); with the server stopped, the form says the file is not on this
// computer yet and why, and the file stays listed.

#include <QApplication>

#include "AppSession.h"
#include "AppSettings.h"
#include "ApprovalQueueFilter.h"
#include "ApprovalQueueModel.h"
#include "ApprovalQueueView.h"
#include "DialogService.h"
#include "EvidencePanel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "OfflineUseBanner.h"
#include "ProvinceFixture.h"
#include "ScoreSheetForm.h"
#include "SheetsPage.h"
#include "SignInDialog.h"
#include "SignInDialogStep.h"
#include "SignInFlow.h"
#include "SyncClients.h"
#include "SyncStatusBar.h"
#include "TestSupport.h"
#include "credentials/AccountSignIn.h"
#include "credentials/TokenVault.h"
#include "database/Database.h"
#include "services/CampaignSetup.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "stores/CriteriaSetStore.h"
#include "stores/EvidenceStore.h"
#include "sync/ServerLinkStore.h"

#include <QAction>
#include <QDesktopServices>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace danhgia;
using namespace danhgia::ui;

class TestSignInFlow : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // The system's opener of local files, during the evidence test (QDesktopServices).
    void openLocalFile(const QUrl& url) { m_opened.append(url); }

private:
    ProvinceFixture m_province;
    QList<QUrl> m_opened;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_province.port())); }
    static QString password() { return QString::fromLatin1(ProvinceFixture::Password); }
    static void onDialog(const std::function<void(SignInDialog*)>& step) { test::onSignInDialog(step); }
    bool signInWithoutTheApp(QString* error)
    {
        Database db;
        if (!db.open(m_db, error)) {
            return false;
        }
        AccountSignIn signIn(db, serverUrl(), QStringLiteral("xcl"));
        if (signIn.signIn(password()) != AccountSignIn::Outcome::SignedIn) {
            *error = signIn.message();
            return false;
        }
        return true;
    }

    // The database linked to the provincial administrator (quantri) by a sign-in, with an appraised
    // sheet of XCL in a PAR-index campaign (the administrator approves it), and the saved sign-in
    // deleted from the keychain; the sheet's id, 0 with why.
    qint64 appraisedSheetOfTheAdministrator(QString* error)
    {
        Database db;
        if (!db.open(m_db, error)) {
            return 0;
        }
        {
            AccountSignIn signIn(db, serverUrl(), QStringLiteral("quantri"));
            if (signIn.signIn(password()) != AccountSignIn::Outcome::SignedIn) {
                *error = signIn.message();
                return 0;
            }
        }
        TokenVault().remove(serverUrl(), QStringLiteral("quantri"));
        const QByteArray document = R"({"format": "danhgia.criteria/1", "id": "het-han-2026", "version": 1,
"title": "Bộ tiêu chí cấp xã", "kind": "par_index", "decimals": 2,
"criteria": [{"code": "1", "title": "Lĩnh vực 1", "max": 10, "children": [
  {"code": "1.1", "title": "Tiêu chí 1.1", "max": 10, "method": {"type": "points"}}]}],
"grades": [{"code": "A", "title": "Nhóm A", "min": 90}, {"code": "B", "title": "Nhóm B", "min": 0}]})";
        const bool created = db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(db.connection(), document,
                                                          QStringLiteral("quantri"), &issues, e);
                auto setup = set ? CampaignSetup::forCriteriaSet(db.connection(), *set, e) : std::nullopt;
                if (!setup) {
                    return false;
                }
                ScoreSheet sheet;
                sheet.criteriaId = QStringLiteral("het-han-2026");
                sheet.subject = {QStringLiteral("XCL"), QStringLiteral("Xã Chi Lăng"), QString(), QString()};
                return setup
                    ->create({0,
                              QStringLiteral("CCHC-HET-HAN"),
                              QStringLiteral("Chỉ số CCHC cấp xã"),
                              QStringLiteral("par_index"),
                              *set,
                              {},
                              {},
                              QString(),
                              QString()},
                             {sheet}, QStringLiteral("quantri"), e)
                    .has_value();
            },
            error);
        QSqlQuery query(db.connection());
        if (!created || !query.exec(QStringLiteral("SELECT id FROM score_sheets")) || !query.next()) {
            return 0;
        }
        const qint64 sheet = query.value(0).toLongLong();
        SheetEditor editor(db);
        LeafValue value;
        value.kind = LeafValue::Kind::Points;
        value.number = *Decimal::fromString(QStringLiteral("8"));
        if (!editor.load(sheet, error)
            || !editor.write({Stage::Self, QStringLiteral("1.1"), value, QString()}, Role::SelfAssessor,
                             QStringLiteral("quantri"), error)
            || !SheetTransitions::apply(db, sheet, WorkflowAction::Submit, Role::SelfAssessor,
                                        QStringLiteral("quantri"), QString(), error)
            || !SheetTransitions::apply(db, sheet, WorkflowAction::Appraise, Role::Appraiser,
                                        QStringLiteral("quantri"), QString(), error)) {
            return 0;
        }
        return sheet;
    }
    // Ends the offline use of the database's account at `ended` (its refresh token's time).
    bool endOfflineUseAt(const QDateTime& ended, QString* error)
    {
        Database db;
        if (!db.open(m_db, error)) {
            return false;
        }
        auto link = ServerLinkStore::read(db.connection(), error);
        if (!link) {
            return false;
        }
        link->account.offlineUntil = ended;
        return ServerLinkStore::save(db.connection(), *link, error);
    }
    QString sheetState(qint64 sheet) const
    {
        Database db;
        QString error;
        if (!db.open(m_db, &error)) {
            return error;
        }
        QSqlQuery read(db.connection());
        return read.exec(QStringLiteral("SELECT state FROM score_sheets WHERE id = %1").arg(sheet))
                && read.next()
            ? read.value(0).toString()
            : QString();
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
        QSettings().clear();
        AppSettings().setValue(AppSettings::Key::ServerAddress, serverUrl().toString());
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("xcl.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_db, &error), qPrintable(error));
        TokenVault().remove(serverUrl(), QStringLiteral("xcl"));
    }
    void cleanup()
    {
        DialogService::setResponder({});
        TokenVault().remove(serverUrl(), QStringLiteral("xcl"));
        TokenVault().remove(serverUrl(), QStringLiteral("quantri"));
        m_dir.reset();
    }

    void aRefusedSignInShowsTheServersReasonAndKeepsTheLogin()
    {
        AppSession session;
        QString error;
        QVERIFY(session.openDatabase(m_db, &error));
        SignInFlow flow(session);
        QString shownAfterRefusal;
        QString loginAfterRefusal;
        QString passwordAfterRefusal = QStringLiteral("?");
        bool fieldsKeptTheirHeight = false;
        onDialog([&](SignInDialog* dialog) {
            dialog->loginEdit()->setText(QStringLiteral("xcl"));
            dialog->passwordEdit()->setText(QStringLiteral("sai-mat-khau"));
            dialog->signInButton()->click();
            shownAfterRefusal = dialog->messages()->text();
            loginAfterRefusal = dialog->loginEdit()->text();
            passwordAfterRefusal = dialog->passwordEdit()->text();
            QVERIFY(dialog->isVisible());
            // The message above the fields makes the dialog taller: the fields keep their height.
            QApplication::processEvents();
            fieldsKeptTheirHeight = dialog->height() >= dialog->minimumSizeHint().height()
                && dialog->loginEdit()->height() >= dialog->loginEdit()->minimumSizeHint().height();
            dialog->passwordEdit()->setText(password());
            dialog->signInButton()->click();
        });
        ServerConnection* connection = flow.ensureSignedIn(nullptr);
        QVERIFY2(shownAfterRefusal.contains(QStringLiteral("mật khẩu")), qPrintable(shownAfterRefusal));
        QCOMPARE(loginAfterRefusal, QStringLiteral("xcl"));
        QVERIFY(passwordAfterRefusal.isEmpty());
        QVERIFY(fieldsKeptTheirHeight);
        QVERIFY(connection);
        QVERIFY(flow.isSignedIn());
        QVERIFY(session.account());
        QCOMPARE(session.account()->login, QStringLiteral("xcl"));
        QCOMPARE(session.offeredRoles(), QList<Role>{Role::SelfAssessor});
        const TokenVault::Result stored = TokenVault().read(serverUrl(), QStringLiteral("xcl"));
        QVERIFY2(stored.ok(), qPrintable(stored.reason));
        // The settings file holds neither the token nor the password.
        QFile settings(AppSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray bytes = settings.readAll();
        QVERIFY(!bytes.contains(stored.token.toLatin1()));
        QVERIFY(!bytes.contains(ProvinceFixture::Password));
    }

    void aLinkedDatabaseSignsInAgainSilentlyWhenOpened()
    {
        QString error;
        QVERIFY2(signInWithoutTheApp(&error), qPrintable(error));
        const QString before = TokenVault().read(serverUrl(), QStringLiteral("xcl")).token;
        AppSession session;
        MainWindow window(session);
        QVERIFY(session.openDatabase(m_db, &error));
        QTRY_VERIFY(window.signInFlow()->isSignedIn());
        QVERIFY(!QApplication::activeModalWidget());
        const auto* label = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
        QVERIFY2(label->text().contains(QStringLiteral("Đã đăng nhập")), qPrintable(label->text()));
        // The server answered the sign-in: the sync's part of the status bar says so, not "not
        // connected yet".
        QCOMPARE(window.syncStatus()->reachText(), QStringLiteral("Trực tuyến"));
        // The token was used up; the rotated one is in the keychain.
        const QString after = TokenVault().read(serverUrl(), QStringLiteral("xcl")).token;
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
    }

    void signOutFromTheMenuRevokesAndDeletesTheToken()
    {
        QString error;
        QVERIFY2(signInWithoutTheApp(&error), qPrintable(error));
        AppSession session;
        MainWindow window(session);
        QVERIFY(session.openDatabase(m_db, &error));
        QTRY_VERIFY(window.signInFlow()->isSignedIn());
        const QString token = TokenVault().read(serverUrl(), QStringLiteral("xcl")).token;
        DialogService::setResponder([](const DialogRequest& request) -> QVariant {
            return request.kind == DialogRequest::Kind::Question ? QVariant(true) : QVariant();
        });
        QVERIFY(window.signOutAction()->isEnabled());
        window.signOutAction()->trigger();
        QVERIFY(!window.signInFlow()->isSignedIn());
        QCOMPARE(TokenVault().read(serverUrl(), QStringLiteral("xcl")).status, TokenVault::Status::NotFound);
        const HttpTestClient anonymous(m_province.port());
        QCOMPARE(
            anonymous.post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), token}})
                .status,
            401);
        // Still the account's database: its roles only, but it needs a sign-in again.
        QVERIFY(session.account());
        QCOMPARE(session.offeredRoles(), QList<Role>{Role::SelfAssessor});
        const auto* label = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
        QVERIFY2(label->text().contains(QStringLiteral("đăng nhập lại")), qPrintable(label->text()));
        QVERIFY(window.signInAction()->isEnabled());
    }

    void anAccountWhoseOfflineUseEndedApprovesOnlyAfterSigningIn()
    {
        QString error;
        const qint64 sheet = appraisedSheetOfTheAdministrator(&error);
        QVERIFY2(sheet > 0, qPrintable(error));
        const QDateTime ended = QDateTime::currentDateTimeUtc().addSecs(-600);
        QVERIFY2(endOfflineUseAt(ended, &error), qPrintable(error));

        AppSession session;
        MainWindow window(session);
        QVERIFY(session.openDatabase(m_db, &error));
        session.setUser(QString(), Role::Administrator);
        // The silent sign-in finds nothing in the keychain: the account stays out of use.
        QTest::qWait(50);
        QVERIFY(!window.signInFlow()->isSignedIn());
        const QString endedAt = ended.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"));
        OfflineUseBanner* banner = window.offlineUseBanner();
        QVERIFY2(banner->text().contains(QStringLiteral("quantri")) && banner->text().contains(endedAt)
                     && banner->text().contains(QStringLiteral("in ấn")),
                 qPrintable(banner->text()));

        auto* queue = window.findChild<ApprovalQueueView*>();
        QVERIFY(queue);
        const auto approve = [&] {
            const int row = queue->queueModel()->rowOf(sheet);
            QVERIFY(row >= 0);
            queue->table()->selectRow(
                queue->filterModel()->mapFromSource(queue->queueModel()->index(row, 0)).row());
            queue->approveSelected();
        };
        DialogService::setResponder([](const DialogRequest& request) -> QVariant {
            return request.kind == DialogRequest::Kind::Text ? QVariant(QStringLiteral("Đồng ý"))
                                                             : QVariant(true);
        });
        approve();
        const QString refused = queue->messageBar()->text();
        QVERIFY2(refused.contains(QStringLiteral("quantri")) && refused.contains(endedAt)
                     && refused.contains(QStringLiteral("Tệp > Đăng nhập máy chủ…")),
                 qPrintable(refused));
        QCOMPARE(sheetState(sheet), QStringLiteral("appraised"));
        // The core refuses too, whatever screen asks.
        QVERIFY(!SheetTransitions::apply(session.database(), sheet, WorkflowAction::Approve,
                                         Role::Administrator, session.actor(), QString(), &error));
        QVERIFY2(error.contains(endedAt), qPrintable(error));

        // Signing in from the banner gives the account back.
        onDialog([&](SignInDialog* dialog) {
            dialog->loginEdit()->setText(QStringLiteral("quantri"));
            dialog->passwordEdit()->setText(password());
            dialog->signInButton()->click();
        });
        window.statusBar()->showMessage(QStringLiteral("Đã đăng xuất khỏi máy chủ của tỉnh."));
        banner->signInButton()->click();
        QVERIFY(window.signInFlow()->isSignedIn());
        QVERIFY(banner->isHidden());
        // A message of the time before (signed out...) does not stay beside "signed in".
        QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(session.writeRefusal().isEmpty());
        // Nor does the queue's refusal stay once the account can approve.
        QVERIFY2(queue->messageBar()->text().isEmpty(), qPrintable(queue->messageBar()->text()));
        approve();
        QCOMPARE(queue->messageBar()->level(), MessageBar::Level::Positive);
        QCOMPARE(sheetState(sheet), QStringLiteral("approved"));
    }

    void aPulledFileIsFetchedWhenOpenedAndSaidWhyWhenTheServerIsStopped()
    {
        // The commune attaches two scans to a sheet and sends them; the appraiser's database,
        // linked by a sign-in, pulls the rows but not their content.
        SyncClients clients(m_province, m_dir->path());
        auto province = clients.open(QStringLiteral("province"));
        const QString campaign = clients.openCampaign(*province);
        QVERIFY(!campaign.isEmpty());
        auto commune = clients.open(QStringLiteral("commune"));
        QVERIFY(clients.sync(*commune, QStringLiteral("xcl")).completed);
        const qint64 communeSheet = SyncClients::sheetOf(*commune, campaign, QStringLiteral("XCL"));
        QVERIFY(communeSheet > 0);
        const QList<QByteArray> contents{QByteArray(5000, 'a') + "biên bản 1",
                                         QByteArray(7000, 'b') + "biên bản 2"};
        QString error;
        for (int i = 0; i < contents.size(); ++i) {
            const QString path = m_dir->filePath(QStringLiteral("Biên bản kiểm tra %1.pdf").arg(i + 1));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(contents[i]) == contents[i].size());
            file.close();
            QVERIFY2(EvidenceStore::attach(*commune, communeSheet, QStringLiteral("1.1"), path,
                                           QStringLiteral("xcl"), &error),
                     qPrintable(error));
        }
        QCOMPARE(clients.sync(*commune, QStringLiteral("xcl")).filesSent, 2);
        const QString officerDb = m_dir->filePath(QStringLiteral("thamdinh.sqlite"));
        qint64 sheet = 0;
        {
            auto officer = clients.open(QStringLiteral("thamdinh"));
            AccountSignIn signIn(*officer, serverUrl(), QStringLiteral("thamdinh"));
            QVERIFY(signIn.signIn(password()) == AccountSignIn::Outcome::SignedIn);
            QVERIFY(clients.sync(*officer, QStringLiteral("thamdinh"), true).completed);
            sheet = SyncClients::sheetOf(*officer, campaign, QStringLiteral("XCL"));
        }
        QVERIFY(sheet > 0);

        // The app signs in silently with the saved sign-in; the officer opens the first file.
        AppSession session;
        MainWindow window(session);
        QVERIFY(session.openDatabase(officerDb, &error));
        QTRY_VERIFY(window.signInFlow()->isSignedIn());
        session.setUser(QString(), Role::Appraiser);
        window.openSheet(sheet);
        ScoreSheetForm* form = window.findChild<SheetsPage*>()->form();
        EvidencePanel* evidence = form->evidencePanel();
        evidence->showLeaf(QStringLiteral("1.1"));
        QCOMPARE(evidence->fileList()->count(), 2);
        m_opened.clear();
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openLocalFile");
        const auto unsetHandler
            = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
        const auto open = [&](const QByteArray& content) {
            for (int row = 0; row < evidence->fileList()->count(); ++row) {
                const qint64 id = evidence->fileList()->item(row)->data(Qt::UserRole).toLongLong();
                const auto record = EvidenceStore::find(session.database(), id, &error);
                if (record && record->size == content.size()) {
                    evidence->fileList()->setCurrentRow(row);
                    evidence->openSelected();
                    return;
                }
            }
            QFAIL("the file is not listed");
        };
        open(contents[0]);
        QCOMPARE(m_opened.size(), 1);
        QFile opened(m_opened.first().toLocalFile());
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), contents[0]);
        QVERIFY(opened.fileName().endsWith(QStringLiteral("Biên bản kiểm tra 1.pdf")));

        // The server stops: the second file cannot come; the form says why, nothing is lost.
        m_province.server().stop();
        const auto restart = qScopeGuard([this] {
            QString restartError;
            QVERIFY2(m_province.server().start(&restartError), qPrintable(restartError));
        });
        open(contents[1]);
        QCOMPARE(m_opened.size(), 1);
        const QString said = form->messageBar()->text();
        QVERIFY2(said.contains(QStringLiteral("Biên bản kiểm tra 2.pdf"))
                     && said.contains(QStringLiteral("chưa có trên máy này"))
                     && said.contains(QStringLiteral("Không kết nối được")),
                 qPrintable(said));
        QCOMPARE(evidence->fileList()->count(), 2);
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSignInFlow)
#include "TestSignInFlow.moc"
