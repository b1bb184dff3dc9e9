#pragma once

#include <QDialog>

class QTextBrowser;

namespace danhgia::ui {

// Help > User guide: the Vietnamese user guide (docs/huong-dan-su-dung.md, built into the
// program) in a browser with working links between its sections.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace danhgia::ui
