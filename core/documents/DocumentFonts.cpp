#include "documents/DocumentFonts.h"

#include <QFontDatabase>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

namespace danhgia {

namespace {

const char* const BundledFamily = "Liberation Serif";
const char* const PreferredFamily = "Times New Roman";

} // namespace

bool DocumentFonts::registerBundledFonts()
{
    static QMutex mutex;
    static int registered = -1; // -1 not tried, 0 failed, 1 done
    QMutexLocker lock(&mutex);
    if (registered < 0) {
        const char* const files[] = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                     "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"};
        registered = 1;
        for (const char* file : files) {
            const QString path = QStringLiteral(":/fonts/") + QLatin1String(file);
            if (QFontDatabase::addApplicationFont(path) < 0) {
                registered = 0;
            }
        }
    }
    return registered == 1;
}

QString DocumentFonts::serifFamily()
{
    registerBundledFonts();
    const bool forceBundled = qEnvironmentVariable("DANHGIA_DOCUMENT_FONT") == QLatin1String("bundled");
    if (!forceBundled && QFontDatabase::families().contains(QLatin1String(PreferredFamily))) {
        return QLatin1String(PreferredFamily);
    }
    return QLatin1String(BundledFamily);
}

QFont DocumentFonts::serif(qreal pointSize)
{
    QFont font(serifFamily());
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::Serif);
    font.setKerning(true);
    return font;
}

} // namespace danhgia
