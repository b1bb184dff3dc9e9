#include "ServerCommands.h"

#include "text/AppLanguage.h"

#include <QCoreApplication>

// danhgia-server: the provincial server. main() only wires things up (ServerCommands).
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("danhgia-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DANHGIA_SERVER_VERSION));
    // Messages for people (API errors, the admin commands) are in Vietnamese.
    danhgia::AppLanguage::install(QString::fromLatin1(danhgia::AppLanguage::DefaultLanguage));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return danhgia::server::ServerCommands::run(arguments);
}
