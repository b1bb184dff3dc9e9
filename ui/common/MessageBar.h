#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace danhgia::ui {

// A bar at the top of a form that shows what went wrong (or right) without a dialog: errors
// from the core are shown here when no decision is needed. Hidden while there is nothing to say.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level
    {
        Information,
        Positive,
        Warning,
        Error,
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Level level);
    void showError(const QString& text) { showMessage(text, Level::Error); }
    void showInformation(const QString& text) { showMessage(text, Level::Information); }
    void clearMessage();

    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    Level m_level = Level::Information;
};

} // namespace danhgia::ui
