#include "TestSupport.h"

#include "text/AppLanguage.h"

#include <QDir>
#include <QFile>
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

danhgia::Table fixtureTable(const QStringList& header, const QList<QStringList>& rows)
{
    danhgia::Table table;
    table.sourceName = QStringLiteral("fixture");
    table.header = header;
    table.headerNumber = 1;
    int number = 1;
    for (const QStringList& row : rows) {
        table.appendRow(row, ++number);
    }
    return table;
}

} // namespace danhgia::test
