// Who the user is once the database is linked to the provincial server (issue 14): the role picker
// of Settings offers only the account's roles, the name and unit shown are the account's, a role
// the account does not hold is refused, the audit trail names the account's login, the status bar
// names the account. A database never linked keeps the single-machine behaviour and says so. The
// server's address and CA certificate in Settings: a wrong one is refused, named, and kept in its
// field.

#include <QApplication>

#include "AppSession.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "SettingsView.h"
#include "TestSupport.h"
#include "demo/DemoDatabase.h"
#include "sources/DocumentSettingsStore.h"
#include "sync/ServerLinkStore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace danhgia;
using namespace danhgia::ui;

class TestAccountSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    static ServerLinkStore::Link headOfCamLe()
    {
        ServerLinkStore::Link link;
        link.serverUrl = QStringLiteral("https://danhgia.tinh.gov.vn");
        link.account.login = QStringLiteral("xcl-head");
        link.account.fullName = QStringLiteral("Nguyễn Văn Lâm");
        link.account.unitCode = QStringLiteral("XCL");
        link.account.unitName = QStringLiteral("UBND xã Cẩm Lệ");
        link.account.roles = {Role::UnitHead, Role::SelfAssessor};
        link.account.offlineUntil = QDateTime::currentDateTimeUtc().addDays(30);
        return link;
    }
    // A database file, linked to the account when `link` is given.
    QString database(const QString& name, const std::optional<ServerLinkStore::Link>& link)
    {
        const QString path = m_dir->filePath(name);
        Database db;
        QString error;
        if (!db.open(path, &error) || (link && !ServerLinkStore::save(db.connection(), *link, &error))) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        return path;
    }
    static QStringList roleNames(const QComboBox* combo)
    {
        QStringList names;
        for (int i = 0; i < combo->count(); ++i) {
            names.append(combo->itemData(i).toString());
        }
        return names;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup() { m_dir.reset(); }

    void aDatabaseNeverLinkedOffersEveryRole()
    {
        AppSession session;
        QString error;
        QVERIFY2(session.openDatabase(database(QStringLiteral("alone.sqlite"), std::nullopt), &error),
                 qPrintable(error));
        session.setUser(QStringLiteral("Trần Thu Hà"), Role::Administrator);
        SettingsView view(session);
        QCOMPARE(view.roleCombo()->count(), Roles::all().size());
        QVERIFY(!view.userNameEdit()->isReadOnly());
        QCOMPARE(view.roleCombo()->currentData().toString(), Roles::name(Role::Administrator));
        QCOMPARE(session.actor(), QStringLiteral("Trần Thu Hà (administrator)"));
        QVERIFY2(view.accountLabel()->text().contains(QStringLiteral("chưa liên kết")),
                 qPrintable(view.accountLabel()->text()));
    }

    void theStatusBarSaysASingleComputer()
    {
        AppSession session;
        MainWindow window(session);
        QString error;
        QVERIFY(session.openDatabase(database(QStringLiteral("alone.sqlite"), std::nullopt), &error));
        const auto* label = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Làm việc trên một máy (chưa liên kết máy chủ)"));
    }

    void aLinkedDatabaseOffersOnlyTheAccountsRoles()
    {
        AppSession session;
        session.setUser(QStringLiteral("Ai đó"), Role::Administrator);
        QString error;
        QVERIFY2(session.openDatabase(database(QStringLiteral("linked.sqlite"), headOfCamLe()), &error),
                 qPrintable(error));
        // The administrator's role is not the account's: the account's first role instead.
        QCOMPARE(session.role(), Role::UnitHead);
        SettingsView view(session);
        QCOMPARE(roleNames(view.roleCombo()),
                 QStringList({Roles::name(Role::UnitHead), Roles::name(Role::SelfAssessor)}));
        QCOMPARE(view.userNameEdit()->text(), QStringLiteral("Nguyễn Văn Lâm"));
        QVERIFY(view.userNameEdit()->isReadOnly());
        QVERIFY2(view.accountLabel()->text().contains(QStringLiteral("UBND xã Cẩm Lệ")),
                 qPrintable(view.accountLabel()->text()));
        QVERIFY(view.accountLabel()->text().contains(QStringLiteral("xcl-head")));

        // Picking a role of the account works; one it does not hold cannot be had.
        view.roleCombo()->setCurrentIndex(1);
        view.apply();
        QCOMPARE(session.role(), Role::SelfAssessor);
        session.setUser(QStringLiteral("Ai đó"), Role::Appraiser);
        QCOMPARE(session.role(), Role::UnitHead);
        QCOMPARE(session.userName(), QStringLiteral("Nguyễn Văn Lâm"));

        MainWindow window(session);
        const auto* label = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("xcl-head")), qPrintable(label->text()));
    }

    void anAuditEntryNamesTheAccount()
    {
        const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QVERIFY(ServerLinkStore::save(db.connection(), headOfCamLe(), &error));
        }
        AppSession session;
        session.setUser(QStringLiteral("Tên gõ tay"), Role::UnitHead);
        QVERIFY(session.openDatabase(path, &error));
        QCOMPARE(session.actor(), QStringLiteral("xcl-head (unit_head)"));
        auto settings = DocumentSettingsStore::defaults(session.database().connection(),
                                                        QStringLiteral("STC"), QDate(2026, 1, 5), &error);
        QVERIFY2(settings, qPrintable(error));
        settings->signer.name = QStringLiteral("Đỗ Minh Khánh");
        QVERIFY2(DocumentSettingsStore::save(session.database(), QStringLiteral("STC"), *settings,
                                             session.actor(), &error),
                 qPrintable(error));
        QSqlQuery query(session.database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("xcl-head (unit_head)"));
    }

    void aWrongServerAddressIsRefusedAndKept()
    {
        AppSession session;
        QString error;
        QVERIFY(session.openDatabase(database(QStringLiteral("alone.sqlite"), std::nullopt), &error));
        SettingsView view(session);
        view.userNameEdit()->setText(QStringLiteral("Trần Thu Hà"));
        view.serverAddressEdit()->setText(QStringLiteral("ftp://danhgia.tinh.gov.vn"));
        view.apply();
        auto* messages = view.findChild<MessageBar*>();
        QVERIFY(messages);
        QVERIFY2(messages->text().contains(QStringLiteral("ftp://danhgia.tinh.gov.vn")),
                 qPrintable(messages->text()));
        QCOMPARE(view.serverAddressEdit()->text(), QStringLiteral("ftp://danhgia.tinh.gov.vn"));

        view.serverAddressEdit()->setText(QStringLiteral("https://danhgia.tinh.gov.vn"));
        const QString notPem = m_dir->filePath(QStringLiteral("ca.pem"));
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        view.caCertificateEdit()->setText(notPem);
        view.apply();
        QVERIFY2(messages->text().contains(QStringLiteral("ca.pem")), qPrintable(messages->text()));
        QCOMPARE(view.caCertificateEdit()->text(), notPem);

        view.caCertificateEdit()->clear();
        view.apply();
        SettingsView again(session);
        QCOMPARE(again.serverAddressEdit()->text(), QStringLiteral("https://danhgia.tinh.gov.vn"));

        // Every label with a shortcut letter leads to its field: none shows a literal "&"
        // ("&Chứng thư CA" did).
        for (const QLabel* label : again.findChildren<QLabel*>()) {
            const QString text = label->text();
            if (label->textFormat() != Qt::RichText && text.contains(QLatin1Char('&'))
                && !text.contains(QStringLiteral("&&"))) {
                QVERIFY2(label->buddy(), qPrintable(text));
            }
        }
        const auto labels = again.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [&](const QLabel* l) { return l->buddy() == again.caCertificateEdit(); }));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestAccountSession)
#include "TestAccountSession.moc"
