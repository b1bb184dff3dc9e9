#pragma once

#include "councils/CouncilSession.h"
#include "documentdata/DocumentSettings.h"
#include "documents/CouncilPeople.h"
#include "documents/DocumentComposer.h"
#include "documents/PrintableDocument.h"

#include <QDate>
#include <QString>

namespace danhgia {

// "Biên bản họp Hội đồng kiểm tra, sát hạch" with its annex "Bảng tổng hợp kết quả sát hạch"
// (rules.md §5 and §6.1), one document: the header without a date line ("Số: …/BB-HĐSH"), the
// title, the start time, the place, the council and the decision that formed it, the attendees,
// the chair and the secretary, the content of the meeting (the candidates, the spread rules and
// each dialogue: the spread, who held it, the agreed score or that it is pending; the counts),
// the closing line, the signatures of the secretary and the chair; then on a new page the
// summary sheet (CouncilSummarySheet), whose table is the document's table for .xlsx and CSV.
class CouncilMinutes
{
public:
    CouncilMinutes(const CouncilSession& session, const DocumentSettings& settings);

    PrintableDocument compose() const;

    // DocumentSettings::defaults() for a council meeting on `date`: issued by the council,
    // symbol "BB-HĐSH".
    static DocumentSettings defaultSettings(const QDate& date);

private:
    void addOpening(DocumentComposer& composer) const;
    void addAttendees(DocumentComposer& composer) const;
    void addContent(DocumentComposer& composer) const;
    void addDialogues(DocumentComposer& composer) const;
    void addCounts(DocumentComposer& composer) const;
    QString ruleRange(int index) const;
    QString attachedTo() const;
    // A score or a spread in the text, with the council's decimals ("68,5", "15,0").
    QString score(Decimal value) const;

    CouncilSession m_session;
    DocumentSettings m_settings;
    CouncilPeople m_people;
};

} // namespace danhgia
