#pragma once

#include "documentdata/DocumentSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace danhgia {

class Database;

// The appraisal minutes of every appraised unit of a campaign, one PDF per unit, in a folder
// ("In biên bản cho mọi đơn vị đã thẩm định"): each unit's self-assessed and appraised scores
// (AppraisalMinutesSource), the campaign's appraisal council over them (AppraisalCouncilDetails:
// members present and absent, the quorum, the conclusion, the founding decision as the legal
// basis) and the header and signers of `settings`. A unit that cannot be printed is reported by
// name with the reason; the others are printed all the same.
class AppraisalMinutesBatch
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalMinutesBatch)

public:
    struct Result
    {
        QStringList files; // written, by unit and period
        QStringList failures; // "UBND xã Chi Lăng: ...", one per unit not printed
        QString error; // the batch itself could not run (no campaign, no folder); nothing written
    };

    static Result print(Database& db, const QString& campaignCode, const QString& folder,
                        const DocumentSettings& settings);
    // What was written and what was not, for people.
    static QString summary(const Result& result, const QString& folder);
};

} // namespace danhgia
