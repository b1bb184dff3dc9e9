#include "PgConnection.h"
#include "ServerCommands.h"
#include "ServerConfig.h"
#include "TestSupport.h"

#include <QTemporaryFile>
#include <QtTest>

using danhgia::server::PgConnection;
using danhgia::server::ServerCommands;
using danhgia::server::ServerConfig;

// The server's configuration: a file, then the environment, then flags (a later source wins);
// --help lists every key; the database password never shows in what is printed.
class TestServerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laterSourcesWin()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("# the province's server\nworkers = 3\nbody_limit = 2048\nlisten = 10.0.0.5:9000\n"
                   "database = host=db password=bi-mat\n");
        file.flush();
        QString error;
        auto config = ServerConfig::load({{QStringLiteral("config"), file.fileName()}}, {}, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->workers, 3);
        QCOMPARE(config->bodyLimit, 2048);
        QCOMPARE(config->listenHost, QStringLiteral("10.0.0.5"));
        QCOMPARE(config->listenPort, 9000);
        // The environment overrides the file, a flag overrides both.
        config = ServerConfig::load(
            {{QStringLiteral("config"), file.fileName()}, {QStringLiteral("workers"), QStringLiteral("5")}},
            {{QStringLiteral("DANHGIA_SERVER_WORKERS"), QStringLiteral("4")},
             {QStringLiteral("DANHGIA_SERVER_BODY_LIMIT"), QStringLiteral("4096")}},
            &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->workers, 5);
        QCOMPARE(config->bodyLimit, 4096);
        QCOMPARE(config->listenPort, 9000);
        // Printed at start-up with the password masked.
        const QString described = config->describe().join(QLatin1Char('\n'));
        QVERIFY(!described.contains(QStringLiteral("bi-mat")));
        QVERIFY(described.contains(QStringLiteral("password=***")));
    }

    void clientAddressBehindNginx()
    {
        ServerConfig config;
        QCOMPARE(config.clientAddress(QStringLiteral("10.0.0.2"), QStringLiteral("203.0.113.9")),
                 QStringLiteral("10.0.0.2"));
        config.trustForwardedFor = true;
        QCOMPARE(config.clientAddress(QStringLiteral("10.0.0.2"), QStringLiteral("1.1.1.1, 203.0.113.9")),
                 QStringLiteral("203.0.113.9"));
        QCOMPARE(config.clientAddress(QStringLiteral("10.0.0.2"), QString()), QStringLiteral("10.0.0.2"));
    }

    void badValuesAreNamed()
    {
        QString error;
        QVERIFY(!ServerConfig::load({{QStringLiteral("workers"), QStringLiteral("many")}}, {}, &error));
        QVERIFY(error.contains(QStringLiteral("workers")));
        QVERIFY(error.contains(QStringLiteral("--workers")));
        QVERIFY(!ServerConfig::load({{QStringLiteral("listen"), QStringLiteral("nowhere")}}, {}, &error));
        QVERIFY(error.contains(QStringLiteral("listen")));
    }

    void helpListsEveryKey()
    {
        const QString help = ServerCommands::help();
        for (const ServerConfig::Option& option : ServerConfig::options()) {
            QVERIFY2(help.contains(ServerConfig::flagName(option.key)), qPrintable(option.key));
            QVERIFY2(help.contains(ServerConfig::environmentName(option.key)), qPrintable(option.key));
        }
        QHash<QString, QString> flags;
        QStringList words;
        QStringList roles;
        QString error;
        QVERIFY(!ServerCommands::split(
            {QStringLiteral("serve"), QStringLiteral("--no-such-thing"), QStringLiteral("1")}, &flags, &words,
            &roles, &error));
        QVERIFY(error.contains(QStringLiteral("--no-such-thing")));
        QVERIFY(
            ServerCommands::split({QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                                   QStringLiteral("xcl"), QStringLiteral("--role=self_assessor,unit_head")},
                                  &flags, &words, &roles, &error));
        QCOMPARE(roles, (QStringList{QStringLiteral("self_assessor"), QStringLiteral("unit_head")}));
    }

    void connectionStringsAreMasked()
    {
        QCOMPARE(PgConnection::masked(QStringLiteral("postgresql://danhgia:bi-mat@db/tinh")),
                 QStringLiteral("postgresql://danhgia:***@db/tinh"));
        QCOMPARE(PgConnection::masked(QStringLiteral("host=db password='bi mat' dbname=tinh")),
                 QStringLiteral("host=db password=*** dbname=tinh"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestServerConfig)
#include "TestServerConfig.moc"
