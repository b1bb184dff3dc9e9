#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli document appraisal --criteria SET.json --self SELF.json --appraised APPRAISED.json
//   --pdf OUT.pdf [--xlsx FILE] [--csv FILE] [--members MEMBERS.json] [--conclusion TEXT] ...
// The appraisal minutes of one unit's self-assessment, both sheets scored by the scoring core.
class AppraisalDocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalDocumentCommand)

public:
    static QString help();
    static int run(const QStringList& arguments);
};

} // namespace danhgia::cli
