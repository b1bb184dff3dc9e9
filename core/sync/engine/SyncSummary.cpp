#include "engine/SyncSummary.h"

namespace danhgia {

QString SyncSummary::toText() const
{
    QStringList lines;
    lines << tr("Sent: %1 changes (applied: %2, refused: %3, conflicts: %4).")
                 .arg(sent)
                 .arg(applied)
                 .arg(refused)
                 .arg(conflicts)
          << tr("Received: %1 changes.").arg(received);
    if (filesSent + filesReceived + filesFailed > 0) {
        lines << tr("Evidence files: %1 sent, %2 received, %3 to try again.")
                     .arg(filesSent)
                     .arg(filesReceived)
                     .arg(filesFailed);
    }
    for (const QString& problem : fileProblems) {
        lines << problem;
    }
    if (resynchronised) {
        lines << tr("The server asked for a full synchronisation: everything was received again; the "
                    "changes not yet sent were kept.");
    }
    if (waiting > 0) {
        lines << tr("%1 received rows wait for the rows they refer to.").arg(waiting);
    }
    for (const QString& refusal : refusals) {
        lines << tr("Refused: %1").arg(refusal);
    }
    for (const SyncLogStore::Refusal& row : notApplied) {
        lines << tr("Not applied: %1: %2").arg(row.row, row.message);
    }
    if (cancelled) {
        lines << tr("The synchronisation was cancelled; what was saved stays saved.");
    } else if (!completed) {
        lines << tr("The synchronisation did not finish: %1").arg(error);
    } else if (conflicts > 0) {
        lines << tr("Conflicts wait for a decision: the local and the server's versions are both kept.");
    } else {
        lines << tr("The synchronisation finished.");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace danhgia
