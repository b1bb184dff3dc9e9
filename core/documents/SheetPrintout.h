#pragma once

#include "documentdata/DocumentSettings.h"
#include "documentdata/SheetPrintoutData.h"
#include "documents/PrintableDocument.h"

#include <QDate>
#include <QString>

namespace danhgia {

// "Phiếu đánh giá, xếp loại chất lượng" of one person or one unit for one period (rules.md §6.1):
// the header with the place and date (no number: it is a form), the title and the period, who is
// assessed, every criterion with its maximum, the self-assessed points and the head's (appraised)
// points, the totals, indexes and grades of both, the appraiser's reasons, the proposed and the
// decided grade, and the signatures of the person (left) and the head (right).
// Points, indexes and grades come from the core (SheetScorer, ResultClassifier); nothing is
// computed here. A person's sheet is headed by the person's agency; a unit's by the settings'.
class SheetPrintout
{
public:
    static PrintableDocument compose(const SheetPrintoutData& data, const DocumentSettings& settings);

    // The settings a score sheet starts from: the defaults of `date`, without a number and with
    // the right signer left to the sheet (the head of the person's unit, or the appraiser).
    static DocumentSettings defaultSettings(const QDate& date);

    // The period as the title writes it: "2026-11" -> "Tháng 11 năm 2026", "2026" -> "Năm 2026",
    // "2026-Q4" -> "Quý IV năm 2026"; another text as it is.
    static QString periodTitle(const QString& period);
    // A file name without extension: the slug of the subject and the period
    // ("nguyen-van-an-2026-11").
    static QString fileName(const SheetPrintoutData& data);
};

} // namespace danhgia
