#include "credentials/TokenVault.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace danhgia {

namespace {

// What a finished job left; shared with the job's slot, which may run after a timeout.
struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

} // namespace

TokenVault::TokenVault(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{ }

QString TokenVault::service()
{
    return QStringLiteral("danhgia");
}

QString TokenVault::key(const QUrl& server, const QString& login)
{
    const QString address = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                                .toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return QStringLiteral("refresh-token|") + address + QLatin1Char('|') + login.trimmed().toLower();
}

TokenVault::Result TokenVault::read(const QUrl& server, const QString& login) const
{
    return run(Operation::Read, key(server, login), QString());
}

TokenVault::Result TokenVault::store(const QUrl& server, const QString& login, const QString& token) const
{
    return run(Operation::Write, key(server, login), token);
}

TokenVault::Result TokenVault::remove(const QUrl& server, const QString& login) const
{
    return run(Operation::Delete, key(server, login), QString());
}

// One more try when the keychain did not answer or had no backend yet (a Secret Service started
// on demand by the session bus may not be up at the first call).
TokenVault::Result TokenVault::run(Operation operation, const QString& key, const QString& token) const
{
    Result result = runOnce(operation, key, token);
    if (result.status == Status::Unavailable) {
        QEventLoop pause;
        QTimer::singleShot(std::chrono::milliseconds(200), &pause, &QEventLoop::quit);
        pause.exec();
        result = runOnce(operation, key, token);
    }
    return result;
}

TokenVault::Result TokenVault::runOnce(Operation operation, const QString& key, const QString& token) const
{
    QKeychain::Job* job = nullptr;
    if (operation == Operation::Read) {
        job = new QKeychain::ReadPasswordJob(service());
    } else if (operation == Operation::Write) {
        auto* write = new QKeychain::WritePasswordJob(service());
        write->setTextData(token);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(service());
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true); // deletes itself when it finishes, even after our timeout

    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome, waiting](QKeychain::Job* done) {
        outcome->finished = true;
        outcome->error = done->error();
        outcome->errorString = done->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done)) {
            outcome->text = read->textData();
        }
        if (waiting) {
            waiting->quit();
        }
    });
    QTimer::singleShot(m_timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished) {
        loop.exec();
    }

    Result result;
    if (!outcome->finished) {
        result.reason = tr("The keychain of this computer did not answer within %1 seconds.")
                            .arg(static_cast<double>(m_timeout.count()) / 1000.0);
        return result;
    }
    switch (outcome->error) {
        case QKeychain::NoError:
            result.status = Status::Ok;
            result.token = outcome->text;
            break;
        case QKeychain::EntryNotFound:
            result.status = operation == Operation::Delete ? Status::Ok : Status::NotFound;
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.reason
                = tr("The keychain of this computer refused access (%1).").arg(outcome->errorString);
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            result.reason = tr("This computer has no keychain service (%1).").arg(outcome->errorString);
            break;
        default:
            result.reason
                = tr("The keychain of this computer cannot be used (%1).").arg(outcome->errorString);
            break;
    }
    return result;
}

} // namespace danhgia
