#include "SheetRefusalBanner.h"

#include "AppSession.h"
#include "sync/SheetRefusals.h"

namespace danhgia::ui {

SheetRefusalBanner::SheetRefusalBanner(AppSession& session, QWidget* parent)
    : MessageBar(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("syncRefusalBar"));
}

void SheetRefusalBanner::showFor(qint64 sheetId)
{
    QString error;
    const auto refusal = sheetId > 0 && m_session.hasDatabase()
        ? SheetRefusals::of(m_session.database(), sheetId, &error)
        : std::optional<SheetRefusals::Refusal>();
    if (refusal && !refusal->message.isEmpty()) {
        showMessage(
            tr("The provincial server refused the last change of this sheet: %1").arg(refusal->message),
            Level::Warning);
    } else if (!error.isEmpty()) {
        showError(error);
    } else {
        clearMessage();
    }
}

} // namespace danhgia::ui
