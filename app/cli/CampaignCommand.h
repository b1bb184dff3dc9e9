#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli campaign create --db FILE --code C --title T --criteria SET[@VERSION] --periods P,...
//     [--kind K] [--deadline STAGE=DATE ...] [--special-calendar] [--participants LIST] [--actor NAME]
// Creates a campaign with its deadlines, its participants and their score sheets, all or none
// (CampaignEditor, CampaignStore::addParticipantCodes, CampaignSheets).
class CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommand)

public:
    static int run(const QStringList& arguments);
    static QString help();
};

} // namespace danhgia::cli
