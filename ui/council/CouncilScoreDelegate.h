#pragma once

#include <QStyledItemDelegate>

namespace danhgia::ui {

// The editor of the council grid's scores, for fast keyboard entry: a plain line edit; Enter
// writes the score and, when the model took it, asks the view to go down one row (the next
// candidate, the same member), as on a paper score sheet.
class CouncilScoreDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CouncilScoreDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

Q_SIGNALS:
    // Enter was pressed in an editor and the score was taken.
    void enterAccepted();

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    mutable bool m_accepted = false;
};

} // namespace danhgia::ui
