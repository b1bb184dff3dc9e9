#pragma once

#include <QCoreApplication>
#include <QString>

namespace danhgia {

class Database;
class DemoSheetValues;

// The 2026 PAR-index campaign (Chỉ số CCHC) of the demo: the six departments self-assess with
// evidence files (small PDF reports) or explanations, some are appraised with changed scores,
// one is approved, and a survey of citizens gives the points of criterion 8.1.
class DemoParCampaign
{
    Q_DECLARE_TR_FUNCTIONS(DemoParCampaign)

public:
    static bool create(Database& db, DemoSheetValues& values, QString* error);

    // A one-page PDF whose page shows `title` (ASCII), as an evidence file of the demo.
    static QByteArray evidencePdf(const QString& title);
};

} // namespace danhgia
