#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// The assessment stages of a score sheet, in the order they are reached: the values the assessed
// person or unit gives itself, the values the appraisal sets, and the values who approves sets last.
// Results use the most advanced stage that has values (a later stage is a whole sheet).
enum class Stage
{
    Self, // tự đánh giá
    Appraised, // thẩm định
    Final, // kết quả cuối cùng: set by who approves
};

// Names of the stages: the stable text of files and the database ("self", "appraised", "final"),
// titles for people, and the stage each one is compared with.
class Stages
{
    Q_DECLARE_TR_FUNCTIONS(Stages)

public:
    // Every stage, in the order they are reached (the order of the enum).
    static QList<Stage> all();
    static QString name(Stage stage);
    static std::optional<Stage> fromName(const QString& name);
    // A label ("Self-assessment") and the same within a sentence ("self-assessment").
    static QString title(Stage stage);
    static QString inText(Stage stage);
    // The stage whose values a stage starts from and is compared with (a changed value needs a
    // reason): the self-assessment for the appraisal; for the final stage the appraisal when it has
    // values, else the self-assessment; the self-assessment has no other.
    static Stage baselineOf(Stage stage, bool appraisalHasValues);
};

} // namespace danhgia
