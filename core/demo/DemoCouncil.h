#pragma once

#include <QCoreApplication>

namespace danhgia {

class Database;

// The interview council (Hội đồng sát hạch) of the demo: five members score eight candidates
// for civil servant posts at the Department of Home Affairs. One candidate's scores are 12
// points apart and wait for a dialogue with the council chair; another's dialogue is done and
// has an agreed score.
class DemoCouncil
{
    Q_DECLARE_TR_FUNCTIONS(DemoCouncil)

public:
    static bool create(Database& db, QString* error);
};

} // namespace danhgia
