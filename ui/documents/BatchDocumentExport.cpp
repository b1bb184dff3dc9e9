#include "BatchDocumentExport.h"

#include "database/Database.h"
#include "documents/DocumentFonts.h"
#include "documents/DocumentRenderer.h"
#include "documents/SheetPrintout.h"
#include "sources/SheetPrintoutSource.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace danhgia {

BatchDocumentExport::BatchDocumentExport(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<danhgia::BatchDocumentExport::Result>();
}

BatchDocumentExport::~BatchDocumentExport()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BatchDocumentExport::cancel()
{
    m_cancelled.store(true);
}

bool BatchDocumentExport::start(const Request& request, QString* error)
{
    if (m_thread) {
        *error = tr("An export of score sheets is running already.");
        return false;
    }
    if (!QFileInfo(request.databasePath).isFile()) {
        *error = tr("The database %1 does not exist.").arg(request.databasePath);
        return false;
    }
    if (!QDir().mkpath(request.folder)) {
        *error = tr("The folder %1 cannot be created.").arg(request.folder);
        return false;
    }
    // The font database belongs to the application: fonts are registered here, not by the worker.
    DocumentFonts::registerBundledFonts();
    m_cancelled.store(false);
    m_result = Result();
    m_thread = QThread::create([this, request] {
        m_result = run(request, m_cancelled, [this](int done, int total) {
            // Emitted on this object's thread, in the order the sheets were written.
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        });
    });
    m_thread->setObjectName(QStringLiteral("danhgia-batch-export"));
    // Queued after every progress event the worker posted: finished() is the last signal.
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        Q_EMIT finished(m_result);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

BatchDocumentExport::Result BatchDocumentExport::run(const Request& request,
                                                     const std::atomic<bool>& cancelled,
                                                     const std::function<void(int, int)>& progress)
{
    Result result;
    Database db;
    QString error;
    if (!db.open(request.databasePath, &error, false)) {
        result.failures.append({0, error});
        return result;
    }
    SheetPrintoutSource source(db.connection());
    QList<qint64> sheetIds = request.sheetIds;
    if (sheetIds.isEmpty()) {
        const auto all = source.campaignSheets(request.campaignCode, &error);
        if (!all) {
            result.failures.append({0, error});
            return result;
        }
        sheetIds = *all;
    }
    QSet<QString> taken;
    const int total = static_cast<int>(sheetIds.size());
    for (int i = 0; i < total; ++i) {
        if (cancelled.load()) {
            result.cancelled = true;
            break;
        }
        const QString path
            = exportSheet(source, sheetIds.at(i), request.folder, request.settings, &taken, &error);
        if (path.isEmpty()) {
            result.failures.append({sheetIds.at(i), error});
        } else {
            result.files.append(path);
        }
        if (progress) {
            progress(i + 1, total);
        }
    }
    return result;
}

QString BatchDocumentExport::exportSheet(SheetPrintoutSource& source, qint64 sheetId, const QString& folder,
                                         const DocumentSettings& settings, QSet<QString>* taken,
                                         QString* error)
{
    const auto data = source.load(sheetId, error);
    if (!data) {
        return {};
    }
    const PrintableDocument document = SheetPrintout::compose(*data, settings);
    const QString base = document.fileName.isEmpty() ? QString::number(sheetId) : document.fileName;
    QString name = base + QStringLiteral(".pdf");
    for (int n = 2; taken->contains(name); ++n) {
        name = QStringLiteral("%1-%2.pdf").arg(base).arg(n);
    }
    const QString path = QDir(folder).filePath(name);
    if (!DocumentRenderer::writePdf(document, path, error)) {
        return {};
    }
    taken->insert(name);
    return path;
}

} // namespace danhgia
