#include "ApiRoutes.h"
#include "Router.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using danhgia::server::ApiRoutes;
using danhgia::server::Router;

// docs/api/openapi.yaml against the server it documents: every route the server serves is in the
// document with its method and nothing else is; a route is open (no account) in the document
// exactly when the server serves it without one; every error code the server answers is listed.
class TestServerApiDocument : public QObject
{
    Q_OBJECT

private:
    struct Operation
    {
        QString key; // "POST /api/v1/sync/push"
        bool open = false; // "security: []"
    };
    QList<Operation> m_documented;
    QString m_document;

    static QString readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_document = readFile(QStringLiteral(DANHGIA_SOURCE_DIR "/docs/api/openapi.yaml"));
        QVERIFY(!m_document.isEmpty());
        // The paths section: "  /path:" lines, each with "    get:" (post, put, delete) blocks.
        static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
        static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|delete|patch):\\s*$"));
        static const QRegularExpression sectionLine(QStringLiteral("^\\S"));
        QString path;
        bool inPaths = false;
        const QStringList lines = m_document.split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (sectionLine.match(line).hasMatch()) {
                inPaths = line.startsWith(QLatin1String("paths:"));
                continue;
            }
            if (!inPaths) {
                continue;
            }
            if (const auto match = pathLine.match(line); match.hasMatch()) {
                path = match.captured(1);
            } else if (const auto method = methodLine.match(line); method.hasMatch()) {
                m_documented.append({method.captured(1).toUpper() + QLatin1Char(' ') + path, false});
            } else if (!m_documented.isEmpty() && line.trimmed() == QLatin1String("security: []")) {
                m_documented.last().open = true;
            }
        }
        QVERIFY(m_documented.size() >= 5);
    }

    void everyRouteIsDocumented()
    {
        Router router;
        ApiRoutes::addAll(router);
        QSet<QString> served;
        for (const Router::Served& route : router.routes()) {
            const QString key = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
            served.insert(key);
            const auto it = std::find_if(m_documented.cbegin(), m_documented.cend(),
                                         [&key](const Operation& op) { return op.key == key; });
            QVERIFY2(it != m_documented.cend(), qPrintable(key + QStringLiteral(" is not in openapi.yaml")));
            QVERIFY2(
                it->open == !route.signedIn,
                qPrintable(key
                           + (route.signedIn ? QStringLiteral(" needs an account but is documented open")
                                             : QStringLiteral(" is open but documented with an account"))));
        }
        for (const Operation& op : m_documented) {
            QVERIFY2(served.contains(op.key),
                     qPrintable(op.key + QStringLiteral(" is documented but not served")));
        }
        // Open routes are the load balancer's, the version and signing in; nothing else.
        QStringList open;
        for (const Router::Served& route : router.routes()) {
            if (!route.signedIn) {
                open.append(route.pattern);
            }
        }
        open.sort();
        QCOMPARE(open,
                 (QStringList{QStringLiteral("/api/v1/auth/refresh"), QStringLiteral("/api/v1/auth/sign-in"),
                              QStringLiteral("/health"), QStringLiteral("/version")}));
    }

    void everyErrorCodeIsDocumented()
    {
        // The codes the server makes: "{403, QStringLiteral("forbidden")" and the like in its sources.
        static const QRegularExpression made(
            QStringLiteral("\\b[45]\\d\\d,\\s*QStringLiteral\\(\"([a-z_]+)\"\\)"));
        QSet<QString> codes;
        QDirIterator files(QStringLiteral(DANHGIA_SOURCE_DIR "/server"), {QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        for (int i = 0; i < 1000 && files.hasNext(); ++i) {
            const QString source = readFile(files.next());
            for (auto it = made.globalMatch(source); it.hasNext();) {
                codes.insert(it.next().captured(1));
            }
        }
        QVERIFY(codes.size() >= 20);
        const int start = m_document.indexOf(QLatin1String("enum: [bad_json"));
        QVERIFY(start > 0);
        const QString listed = m_document.mid(start, m_document.indexOf(QLatin1Char(']'), start) - start);
        for (const QString& code : std::as_const(codes)) {
            QVERIFY2(listed.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(code))),
                     qPrintable(code + QStringLiteral(" is not in the error codes of openapi.yaml")));
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestServerApiDocument)
#include "TestServerApiDocument.moc"
