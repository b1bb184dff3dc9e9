#include "workflow/SheetState.h"

namespace danhgia {

QList<SheetState> SheetStates::all()
{
    return {SheetState::Draft, SheetState::Submitted, SheetState::Appraised, SheetState::Approved,
            SheetState::Published};
}

QString SheetStates::name(SheetState state)
{
    switch (state) {
        case SheetState::Draft:
            return QStringLiteral("draft");
        case SheetState::Submitted:
            return QStringLiteral("submitted");
        case SheetState::Appraised:
            return QStringLiteral("appraised");
        case SheetState::Approved:
            return QStringLiteral("approved");
        case SheetState::Published:
            return QStringLiteral("published");
    }
    return {};
}

std::optional<SheetState> SheetStates::fromName(const QString& name)
{
    for (const SheetState state : all()) {
        if (SheetStates::name(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

QString SheetStates::title(SheetState state)
{
    switch (state) {
        case SheetState::Draft:
            return tr("Draft");
        case SheetState::Submitted:
            return tr("Submitted");
        case SheetState::Appraised:
            return tr("Appraised");
        case SheetState::Approved:
            return tr("Approved");
        case SheetState::Published:
            return tr("Published");
    }
    return {};
}

} // namespace danhgia
