#pragma once

#include "criteria/ValidationIssue.h"
#include "documentdata/AppraisalMinutesInput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace danhgia {

// Reads the appraisal council of a meeting from a JSON file (docs/documents.md):
//   {"members": [{"name": "Hoàng Văn Thụ", "role": "Chủ tịch Hội đồng", "present": true}, ...],
//    "chair": "Hoàng Văn Thụ", "secretary": "Bế Thị Thanh Hoa"}
// "role" may be left out, "present" defaults to true, "chair" and "secretary" (the names the
// signature blocks print) are optional. Every problem is reported with its JSON path.
class AppraisalCouncilReader
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalCouncilReader)

public:
    struct Council
    {
        QList<AppraisalCouncilMember> members;
        QString chair;
        QString secretary;
    };

    static Council read(const QByteArray& json, ValidationIssues* issues);
};

} // namespace danhgia
