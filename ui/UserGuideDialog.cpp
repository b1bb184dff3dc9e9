#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QVBoxLayout>

namespace danhgia::ui {

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("User guide"));
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    // The screenshots of the guide are built in beside it (":/help/screenshots/...").
    m_browser->setSearchPaths({QStringLiteral(":/help")});
    QFile guide(QStringLiteral(":/help/huong-dan-su-dung.md"));
    if (guide.open(QIODevice::ReadOnly)) {
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
        fitImages(ImageWidth);
    } else {
        m_browser->setPlainText(tr("The user guide is missing from this installation."));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

QSize UserGuideDialog::imageSize(const QString& name) const
{
    const QVariant resource = m_browser->document()->resource(QTextDocument::ImageResource, QUrl(name));
    return resource.value<QImage>().size();
}

void UserGuideDialog::fitImages(int width)
{
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) {
                continue;
            }
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            // A screenshot of the whole window (1280 pixels wide) is shown at the guide's width.
            const QSize size = imageSize(image.name());
            if (size.isEmpty() || size.width() <= width) {
                continue;
            }
            image.setWidth(width);
            image.setHeight(static_cast<qreal>(size.height()) * width / size.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace danhgia::ui
