#pragma once

#include "Database.h"
#include "Role.h"

#include <QObject>
#include <QString>

#include <memory>

namespace danhgia::ui {

// What every screen of the app works with: the open database, and who is working in which role.
// The user name is what the audit trail records as the actor. Screens listen to the signals and
// reload when the database or the role changes; nothing here shows a dialog.
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

    QString userName() const { return m_userName; }
    Role role() const { return m_role; }
    // The actor recorded in the audit trail: "Name (role)".
    QString actor() const;
    void setUser(const QString& name, Role role);

    // Tells the screens that the data changed behind their back (an import, a restore).
    void notifyDataChanged();

Q_SIGNALS:
    void databaseChanged();
    void userChanged();
    void dataChanged();

private:
    std::unique_ptr<Database> m_database;
    QString m_userName;
    Role m_role = Role::SelfAssessor;
};

} // namespace danhgia::ui
