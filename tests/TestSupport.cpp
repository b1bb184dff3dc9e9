#include "TestSupport.h"

#include "text/AppLanguage.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace danhgia::test {

void prepareEnvironment()
{
    static std::unique_ptr<QTemporaryDir> home;
    home = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/danhgia-test-XXXXXX"));
    if (home->isValid()) {
        const QByteArray root = QFile::encodeName(home->path());
        qputenv("HOME", root);
        qputenv("XDG_CONFIG_HOME", root + "/config");
        qputenv("XDG_DATA_HOME", root + "/data");
        qputenv("XDG_CACHE_HOME", root + "/cache");
        qputenv("XDG_STATE_HOME", root + "/state");
    }
    QStandardPaths::setTestModeEnabled(true);
}

void installLanguage()
{
    const QString language = qEnvironmentVariableIsSet("DANHGIA_LANG")
        ? qEnvironmentVariable("DANHGIA_LANG")
        : QString::fromLatin1(AppLanguage::DefaultLanguage);
    AppLanguage::install(language);
}

QString dataPath(const QString& relative)
{
    return QStringLiteral(DANHGIA_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

QByteArray readData(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(relative));
    }
    return file.readAll();
}

QString cliPath()
{
    return QStringLiteral(DANHGIA_CLI_PATH);
}

qint64 countRows(const QString& dbPath, const QString& sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                n = query.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace danhgia::test
