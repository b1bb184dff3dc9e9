#pragma once

#include "councils/CouncilSession.h"
#include "documents/CouncilPeople.h"
#include "documents/DocumentComposer.h"
#include "documents/DocumentTable.h"

#include <QString>

namespace danhgia {

// "Bảng tổng hợp kết quả sát hạch", the annex of the minutes of an interview council (rules.md
// §6.1): for each candidate every member's score as given, the mean, the exact spread, who held
// the dialogue, the agreed and the official score, pass or fail (with a pass mark) and the rank
// (CouncilRanking), every score with the council's decimals ("80,0"); notes on the members and the
// ties; the signatures of the secretary and the chair, then of every other scoring member. A4 portrait: the
// more members, the smaller the table's font (see fitColumns()).
class CouncilSummarySheet
{
public:
    CouncilSummarySheet(const CouncilSession& session, const CouncilPeople& people);

    DocumentTable table() const;
    // The sheet on a new page of `composer`; `attachedTo` is "(Kèm theo Biên bản số ...)".
    void addTo(DocumentComposer& composer, const QString& attachedTo) const;

private:
    // Widths so that no word is broken, the members' columns alike and the rest for the names,
    // at the largest font size (11 pt down to 7 pt) at which they fit.
    void fitColumns(DocumentTable& table) const;
    // A member's score, a spread or an agreed score, with the council's decimals.
    DocumentCell scoreCell(Decimal score) const;
    QString membersNote() const;
    QStringList rankNotes() const;
    QList<DocumentSigner> memberSigners() const;

    const CouncilSession& m_session;
    const CouncilPeople& m_people;
    QList<CouncilPerson> m_scorers;
};

} // namespace danhgia
