#include "text/AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace danhgia {

namespace {

struct InstalledTranslators
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

InstalledTranslators& installed()
{
    static InstalledTranslators translators;
    return translators;
}

} // namespace

QStringList AppLanguage::available()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

bool AppLanguage::install(const QString& language)
{
    InstalledTranslators& t = installed();
    if (t.app) {
        QCoreApplication::removeTranslator(t.app.get());
        t.app.reset();
    }
    if (t.qt) {
        QCoreApplication::removeTranslator(t.qt.get());
        t.qt.reset();
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/danhgia_%1.qm").arg(language))) {
        t.language = QStringLiteral("en");
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    t.app = std::move(app);
    // Qt's own texts (standard buttons, the file and print dialogs): the catalogue the app carries
    // (Qt ships none for Vietnamese), else the one installed with Qt.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(language))
        || qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        t.qt = std::move(qt);
    }
    t.language = language;
    return true;
}

QString AppLanguage::current()
{
    return installed().language;
}

} // namespace danhgia
