#pragma once

#include "database/Database.h"
#include "database/DatabaseChangeMonitor.h"
#include "workflow/Role.h"
#include "workflow/ServerAccount.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

#include <memory>

namespace danhgia::ui {

// What every screen of the app works with: the open database, and who is working in which role.
// On a database never linked to the provincial server, the user is who the settings say and may
// pick any role (a single machine). Once linked (sync/ServerLinkStore), who the user is comes from
// the server's account: its name and unit, only its roles, and the audit trail names its login.
// Screens listen to the signals and reload when the database, the role or the data changes;
// nothing here shows a dialog.
//
// The data changes through the screens (which say so with notifyDataChanged()) and behind them: the
// CLI, a second window or the sync writing to the same file. A timer looks at the database every
// second (DatabaseChangeMonitor) and announces any change nobody announced.
class AppSession : public QObject
{
    Q_OBJECT

public:
    explicit AppSession(QObject* parent = nullptr);
    ~AppSession() override;

    // Opens (or, with `create`, creates) the database file and closes the one open before.
    bool openDatabase(const QString& path, QString* error, bool create = false);
    void closeDatabase();
    bool hasDatabase() const;
    // The open database; only valid while hasDatabase().
    Database& database();
    QString databasePath() const;

    // The name shown: the account's once linked, else the one of the settings.
    QString userName() const;
    Role role() const { return m_role; }
    // The actor recorded in the audit trail: "login (role)" once linked, else "Name (role)".
    QString actor() const;
    // The name typed in the settings and the role wanted; once linked, a role the account does not
    // hold gives way to the account's first role.
    void setUser(const QString& name, Role role);

    // The account the open database is linked to; none: a single machine.
    const std::optional<ServerAccount>& account() const { return m_account; }
    QString linkedServer() const { return m_linkedServer; }
    QList<Role> offeredRoles() const { return ServerAccount::offeredRoles(m_account); }
    // Reads the database's link again (after a sign-in or a sign-out); emits userChanged.
    void reloadAccount();
    // Why nothing may be changed now: the linked account's offline use ended (its refresh token's
    // time passed, or it signed out) and it has not signed in since (ServerAccount's rule; the
    // storage refuses every change then, ChangeLog). Empty on a database never linked or while the
    // account may work. userChanged is emitted when this changes (checked every second).
    QString writeRefusal() const;

    // Fetches the content of a pulled evidence file that is not here yet (from the provincial
    // server: the main window signs in for it); false with why. None set: a single machine, whose
    // files are all here, says so.
    using EvidenceFetcher = std::function<bool(qint64 evidenceId, QString* error)>;
    void setEvidenceFetcher(EvidenceFetcher fetcher) { m_evidenceFetcher = std::move(fetcher); }
    bool fetchEvidence(qint64 evidenceId, QString* error) const;

    // Tells the screens that the data changed (an edit, an import, a restore). `origin` is the
    // screen that wrote it and shows it already: it may skip reloading (nullptr: every screen).
    void notifyDataChanged(QObject* origin = nullptr);
    // Looks for changes nobody announced and announces them (the timer calls it every second;
    // tests call it directly).
    void checkForChanges();

Q_SIGNALS:
    void databaseChanged();
    void userChanged();
    void dataChanged(QObject* origin);

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseChangeMonitor> m_monitor;
    QTimer* m_changeTimer = nullptr;
    QString m_userName;
    Role m_role = Role::SelfAssessor;
    std::optional<ServerAccount> m_account;
    QString m_linkedServer;
    bool m_offlineUseEnded = false;
    EvidenceFetcher m_evidenceFetcher;
};

} // namespace danhgia::ui
