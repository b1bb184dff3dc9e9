#pragma once

#include "documentdata/DocumentSettings.h"
#include "documentdata/ResultReportData.h"
#include "documents/PrintableDocument.h"

#include <QString>
#include <QStringList>

namespace danhgia {

// The draft "Quyết định công nhận kết quả đánh giá, xếp loại" (rules.md §6.1): the header with
// its date line, "QUYẾT ĐỊNH" and "Về việc công nhận kết quả ...", the head's title line
// ("GIÁM ĐỐC SỞ NỘI VỤ"), the "Căn cứ ...;" lines and "Theo đề nghị của ...", "QUYẾT ĐỊNH:", three
// articles, "Nơi nhận" and the signer; then, on a new page, the annex listing every result
// ("Phụ lục ... (Kèm theo Quyết định số ...)").
class RecognitionDecision
{
public:
    // A unit's document settings made a decision's: the symbol "QĐ-<agency code>" and "Như
    // Điều 3" first among the recipients.
    static DocumentSettings settingsFor(const DocumentSettings& unitSettings);
    // The other way, to keep a decision's edited settings for the unit: "Như Điều 3", which only
    // a decision has, becomes "Như trên" again, so the next report does not print it.
    static DocumentSettings unitSettingsFrom(const DocumentSettings& decisionSettings);
    // `proposer`: who proposed the decision ("Chánh Văn phòng"); empty: the default wording.
    static PrintableDocument compose(const ResultReportData& data, const DocumentSettings& settings,
                                     const QString& proposer);

    // Whose competence the decision is issued under: the head the signer acts for, with the
    // agency ("Giám đốc Sở Nội vụ" for "KT. Giám đốc" of the Sở Nội vụ), or the agency itself
    // when it decides as a body ("TM. Ủy ban nhân dân" of "Ủy ban nhân dân xã Chi Lăng").
    static QString headTitle(const DocumentSettings& settings);
    // The "Căn cứ ...;" lines: the settings' basis (one a line), "Căn cứ" added where missing
    // and every line ending with ";"; the default wording when the settings have none.
    static QStringList basisLines(const DocumentSettings& settings);
};

} // namespace danhgia
