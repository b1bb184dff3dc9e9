// Every user-visible string has a Vietnamese translation: the .ts file has no unfinished entry,
// and lupdate run on the current sources finds no string that the .ts file lacks; the Vietnamese
// of Qt's own texts that the project carries is complete and installed.

#include "TestSupport.h"
#include "text/AppLanguage.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    QString type; // "" (finished), "unfinished", "obsolete", "vanished"
    bool plural = false;
};

QList<TsMessage> readTs(const QString& path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage();
            current.context = context;
            current.plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    if (xml.hasError()) {
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    }
    return messages;
}

QString sourceDir()
{
    return QStringLiteral(DANHGIA_SOURCE_DIR);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vietnameseIsComplete()
    {
        const QList<TsMessage> messages = readTs(sourceDir() + QStringLiteral("/translations/danhgia_vi.ts"));
        QVERIFY(messages.size() > 50);
        QStringList unfinished;
        for (const TsMessage& m : messages) {
            if (!m.type.isEmpty() || m.translation.trimmed().isEmpty()) {
                unfinished.append(m.context + QStringLiteral(": ") + m.source);
            }
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    void everySourceStringIsInTheTsFile()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_vi.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.start(QStringLiteral(DANHGIA_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("core"), QStringLiteral("ui"),
                       QStringLiteral("app"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> known;
        for (const TsMessage& m : readTs(sourceDir() + QStringLiteral("/translations/danhgia_vi.ts"))) {
            if (m.type.isEmpty()) {
                known.insert(m.context + QLatin1Char('\x1f') + m.source);
            }
        }
        QStringList missing;
        for (const TsMessage& m : readTs(fresh)) {
            if (!known.contains(m.context + QLatin1Char('\x1f') + m.source)) {
                missing.append(m.context + QStringLiteral(": ") + m.source);
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("run scripts/update-translations.sh and translate:\n")
                            + missing.join(QLatin1Char('\n'))));
    }

    // Qt ships no Vietnamese for its own dialogs: the project carries it (qtbase_vi.ts), complete,
    // and installs it with the program's.
    void qtTextsAreCarriedInVietnamese()
    {
        const QList<TsMessage> messages = readTs(sourceDir() + QStringLiteral("/translations/qtbase_vi.ts"));
        QVERIFY(messages.size() > 300);
        QStringList unfinished;
        for (const TsMessage& m : messages) {
            if (!m.type.isEmpty() || m.translation.trimmed().isEmpty()) {
                unfinished.append(m.context + QStringLiteral(": ") + m.source);
            }
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
        QVERIFY(danhgia::AppLanguage::install(QStringLiteral("vi")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Có"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Tìm trong:"));
        QCOMPARE(QCoreApplication::translate("QFileSystemModel", "Type", "All other platforms"),
                 QStringLiteral("Loại"));
        QCOMPARE(QCoreApplication::translate("QPrintDialog", "Print"), QStringLiteral("In"));
        QVERIFY(danhgia::AppLanguage::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        danhgia::AppLanguage::install(QStringLiteral("vi"));
    }

    void appStartsInVietnamese()
    {
        QVERIFY(danhgia::AppLanguage::install(QStringLiteral("vi")));
        QCOMPARE(danhgia::AppLanguage::current(), QStringLiteral("vi"));
        const QString text = QCoreApplication::translate("ValidationIssue", "error");
        QCOMPARE(text, QStringLiteral("lỗi"));
        QVERIFY(danhgia::AppLanguage::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("ValidationIssue", "error"), QStringLiteral("error"));
        QVERIFY(!danhgia::AppLanguage::install(QStringLiteral("xx")));
        danhgia::AppLanguage::install(QStringLiteral("vi"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
