#pragma once

#include "documentdata/DocumentSettings.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QThread;

namespace danhgia {

class SheetPrintoutSource;

// Prints the score sheets of a campaign (every sheet, or those listed) to a folder, one PDF per
// sheet ("Phiếu đánh giá, xếp loại chất lượng", SheetPrintout), on a worker thread with a
// database connection of its own, so that the window stays responsive. Each file is named after
// its subject and period (VietnameseText::fileNameSlug, made unique within the batch with "-2",
// "-3"...) and written whole or not at all (DocumentRenderer::writePdf goes through QSaveFile);
// a file of the same name from an earlier export is replaced. progress() follows each sheet;
// cancel() stops after the sheet being written; finished() comes last, once the worker is done.
// Signals are emitted on the thread that owns this object.
class BatchDocumentExport : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString databasePath;
        QString campaignCode;
        QList<qint64> sheetIds; // empty: every sheet of the campaign
        QString folder; // made when missing
        DocumentSettings settings;
    };
    struct Failure
    {
        qint64 sheetId = 0; // 0: the batch itself (the database, the campaign)
        QString message;
    };
    struct Result
    {
        QStringList files; // written, in the order of the sheets
        QList<Failure> failures;
        bool cancelled = false;
    };

    explicit BatchDocumentExport(QObject* parent = nullptr);
    // Cancels a running export and waits for the sheet being written.
    ~BatchDocumentExport() override;

    // Starts the export; false with `error` set when one is running already, the database does
    // not exist or the folder cannot be made.
    bool start(const Request& request, QString* error);
    bool isRunning() const { return m_thread != nullptr; }
    // Stops after the file being written; finished() then says cancelled. Any thread.
    void cancel();

    // The whole export on the calling thread (what the worker runs): opens its own connection,
    // calls `progress` after each sheet, and stops before the next sheet once `cancelled` is set.
    static Result run(const Request& request, const std::atomic<bool>& cancelled,
                      const std::function<void(int done, int total)>& progress);
    // One sheet to "<folder>/<file name>.pdf" with a name not in `taken` (which receives it).
    // Returns the path written, empty with `error` set on failure.
    static QString exportSheet(SheetPrintoutSource& source, qint64 sheetId, const QString& folder,
                               const DocumentSettings& settings, QSet<QString>* taken, QString* error);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const danhgia::BatchDocumentExport::Result& result);

private:
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    Result m_result; // written by the worker, read once it has finished
};

} // namespace danhgia

Q_DECLARE_METATYPE(danhgia::BatchDocumentExport::Result)
