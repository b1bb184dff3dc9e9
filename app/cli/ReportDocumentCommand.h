#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// `danhgia-cli document report` and `document decision`: the result report of a campaign (or
// of one unit's people) and the draft decision recognising its results, from a database. The
// header and the signer are the unit's stored document settings (the Sở Nội vụ's without
// --unit), then the --settings file, then the options given.
class ReportDocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocumentCommand)

public:
    static int runReport(const QStringList& arguments);
    static int runDecision(const QStringList& arguments);

private:
    static QString help(bool decision);
    static int run(const QStringList& arguments, bool decision);
};

} // namespace danhgia::cli
