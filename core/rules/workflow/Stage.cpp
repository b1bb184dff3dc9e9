#include "workflow/Stage.h"

namespace danhgia {

QList<Stage> Stages::all()
{
    return {Stage::Self, Stage::Appraised, Stage::Final};
}

QString Stages::name(Stage stage)
{
    switch (stage) {
        case Stage::Self:
            return QStringLiteral("self");
        case Stage::Appraised:
            return QStringLiteral("appraised");
        case Stage::Final:
            return QStringLiteral("final");
    }
    return {};
}

std::optional<Stage> Stages::fromName(const QString& name)
{
    for (const Stage stage : all()) {
        if (Stages::name(stage) == name) {
            return stage;
        }
    }
    return std::nullopt;
}

QString Stages::title(Stage stage)
{
    switch (stage) {
        case Stage::Self:
            return tr("Self-assessment");
        case Stage::Appraised:
            return tr("Appraisal");
        case Stage::Final:
            return tr("Final assessment");
    }
    return {};
}

QString Stages::inText(Stage stage)
{
    switch (stage) {
        case Stage::Self:
            return tr("self-assessment");
        case Stage::Appraised:
            return tr("appraisal");
        case Stage::Final:
            return tr("final assessment");
    }
    return {};
}

Stage Stages::baselineOf(Stage stage, bool appraisalHasValues)
{
    return stage == Stage::Final && appraisalHasValues ? Stage::Appraised : Stage::Self;
}

} // namespace danhgia
