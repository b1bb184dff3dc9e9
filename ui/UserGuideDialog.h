#pragma once

#include <QDialog>
#include <QSize>

class QTextBrowser;

namespace danhgia::ui {

// Help > User guide: the Vietnamese user guide (docs/huong-dan-su-dung.md, built into the
// program, with the screenshots it shows) in a browser with working links between its sections.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The size of an image the guide shows, as loaded (empty when it cannot be loaded).
    QSize imageSize(const QString& name) const;

    // The width the screenshots are shown at, in pixels.
    static constexpr int ImageWidth = 680;

private:
    // Scales every image wider than `width` down to it, keeping its proportions.
    void fitImages(int width);

    QTextBrowser* m_browser = nullptr;
};

} // namespace danhgia::ui
