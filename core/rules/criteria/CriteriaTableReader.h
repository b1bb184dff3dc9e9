#pragma once

#include "criteria/ValidationIssue.h"
#include "text/Table.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace danhgia {

// Turns a criteria template filled in a spreadsheet (one row per group or leaf criterion) into
// a "danhgia.criteria/1" document. Columns are found by their title, ignoring case and
// diacritics, in Vietnamese or English:
//   Mã/code, Tiêu chí/title, Điểm tối đa/max, Phương pháp/method (empty for a group),
//   Mức/levels ("Tên mức=điểm; ..." for levels, "từ=điểm; ..." for ratio bands),
//   Tài liệu kiểm chứng/evidence (bắt buộc, không bắt buộc, không), and optionally Bước/step,
//   Trừ mỗi lần/per_item, Trừ tối đa/limit, Không áp dụng được/na_allowed (có/không),
//   Điểm sàn/floor and Khi không phát sinh/when_none.
// The tree comes from the codes: "1.2.3" is a child of "1.2", which must come in an earlier row.
// Every problem is reported at "row N, column «C»"; a document without table problems then goes
// through CriteriaSetReader::fromObject(), whose issues are reported with the row of the node.
class CriteriaTableReader
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaTableReader)

public:
    // The document, or nothing when any issue is an error.
    static std::optional<QJsonObject> toCriteriaJson(const Table& table, const QString& id, int version,
                                                     const QString& title, const QString& kind,
                                                     ValidationIssues* issues);
};

} // namespace danhgia
