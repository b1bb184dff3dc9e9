// The account a linked database works as (workflow/ServerAccount): while its offline use lasts
// nothing is refused; once the refresh token's time has passed, or after a sign-out, every change
// is refused with a Vietnamese reason that names the login, when the offline use ended, and how to
// sign in again.

#include "TestSupport.h"
#include "workflow/ServerAccount.h"

using namespace danhgia;

class TestServerAccount : public QObject
{
    Q_OBJECT

private:
    static ServerAccount headOfChiLang()
    {
        ServerAccount account;
        account.login = QStringLiteral("xcl-head");
        account.roles = {Role::UnitHead};
        account.offlineUntil = QDateTime(QDate(2027, 1, 6), QTime(8, 30), Qt::UTC);
        return account;
    }

private Q_SLOTS:
    void nothingIsRefusedWhileOfflineUseLasts()
    {
        const ServerAccount account = headOfChiLang();
        QVERIFY(account.offlineUseRefusal(QDateTime(QDate(2027, 1, 6), QTime(8, 29, 59), Qt::UTC)).isEmpty());
    }

    void everyChangeIsRefusedOnceOfflineUseEnded()
    {
        const ServerAccount account = headOfChiLang();
        const QString refusal
            = account.offlineUseRefusal(QDateTime(QDate(2027, 1, 6), QTime(8, 30), Qt::UTC));
        const QString ended = account.offlineUntil.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"));
        QVERIFY2(
            refusal.startsWith(
                QStringLiteral("Thời hạn làm việc ngoại tuyến bằng tài khoản xcl-head đã hết lúc ") + ended),
            qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("Tệp > Đăng nhập máy chủ…")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("danhgia-cli sync")), qPrintable(refusal));
    }

    void afterASignOutChangesWaitForTheNextSignIn()
    {
        ServerAccount account = headOfChiLang();
        account.offlineUntil = QDateTime();
        const QString refusal
            = account.offlineUseRefusal(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        QVERIFY2(refusal.contains(QStringLiteral("xcl-head"))
                     && refusal.contains(QStringLiteral("đăng xuất")),
                 qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("Tệp > Đăng nhập máy chủ…")), qPrintable(refusal));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestServerAccount)
#include "TestServerAccount.moc"
