#pragma once

#include "MessageBar.h"

namespace danhgia::ui {

class AppSession;

// The bar at the top of a score sheet that shows the provincial server's reason when it refused the
// sheet's last change (an approval by a role that may not approve); hidden otherwise, and once a
// later change of the sheet was applied there (core/storage/sync/SheetRefusals).
class SheetRefusalBanner : public MessageBar
{
    Q_OBJECT

public:
    SheetRefusalBanner(AppSession& session, QWidget* parent = nullptr);

    // Reads the refusal of `sheetId` (0: no sheet, hidden).
    void showFor(qint64 sheetId);

private:
    AppSession& m_session;
};

} // namespace danhgia::ui
