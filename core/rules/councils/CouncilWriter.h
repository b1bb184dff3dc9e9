#pragma once

#include "councils/CouncilSession.h"

#include <QByteArray>

namespace danhgia {

// Writes a council session as a "danhgia.council/1" document, exactly what CouncilReader reads
// back. Decimal values (max, pass, spread thresholds, scores, agreed scores) are written as
// their exact decimal text ("72.25"), never through a double. Members and the scores of each
// candidate are JSON objects keyed by member id, written in the order of the session; the
// reader returns them in the order of their keys, so a session read from a document writes it
// back byte for byte. Member ids and the member ids of a candidate's scores must be unique (the
// caller checks; CouncilStore does).
class CouncilWriter
{
public:
    // Compact UTF-8 JSON.
    static QByteArray write(const CouncilSession& session);
};

} // namespace danhgia
