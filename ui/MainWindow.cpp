#include "MainWindow.h"

#include "CriteriaSetView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString SplitterKey = QStringLiteral("MainWindow/splitter");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_templates(CriteriaTemplates::list())
{
    setWindowTitle(tr("Evaluation"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("Built-in criteria sets"), left);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    leftLayout->addWidget(heading);

    m_templateList = new QListWidget(left);
    m_templateList->setObjectName(QStringLiteral("templateList"));
    m_templateList->setWordWrap(true);
    m_templateList->setSpacing(3);
    m_templateList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_templateList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_templateList->setResizeMode(QListView::Adjust);
    heading->setBuddy(m_templateList);
    for (const auto& entry : std::as_const(m_templates)) {
        auto* item = new QListWidgetItem(entry.title, m_templateList);
        item->setToolTip(entry.name);
        item->setData(Qt::UserRole, entry.name);
    }
    leftLayout->addWidget(m_templateList);

    m_view = new CriteriaSetView(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, defaultSize().width() - 300});
    setCentralWidget(m_splitter);
    centralWidget()->setContentsMargins(8, 8, 8, 0);

    createMenus();
    connect(m_templateList, &QListWidget::currentRowChanged, this, &MainWindow::showTemplate);
    connect(m_view, &CriteriaSetView::shown, this, &MainWindow::updateStatus);

    restoreSettings();
    if (m_templateList->count() > 0) {
        m_templateList->setCurrentRow(0);
    } else {
        updateStatus();
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open criteria set…"), this, &MainWindow::chooseCriteriaSetFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showTemplate(int row)
{
    if (row < 0 || row >= m_templates.size()) {
        return;
    }
    m_view->showLoaded(CriteriaTemplates::loadFile(m_templates[row].path));
}

void MainWindow::openCriteriaSetFile(const QString& path)
{
    {
        // The list shows templates only: a file from disk is shown with no template selected.
        const QSignalBlocker blocker(m_templateList);
        m_templateList->setCurrentRow(-1);
        m_templateList->clearSelection();
    }
    m_view->openFile(path);
}

void MainWindow::chooseCriteriaSetFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open criteria set"), QString(),
                                       tr("Criteria sets (*.criteria.json *.json);;All files (*)"));
    if (!path.isEmpty()) {
        openCriteriaSetFile(path);
    }
}

void MainWindow::showAbout()
{
    const QString version = QApplication::applicationVersion();
    const QString name = version.isEmpty() ? windowTitle() : tr("%1 %2").arg(windowTitle(), version);
    QMessageBox::about(this, tr("About %1").arg(windowTitle()),
                       tr("<h3>%1</h3>"
                          "<p>Scoring, appraisal and classification for Home Affairs officers: "
                          "criteria sets, score sheets, councils and results.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(name.toHtmlEscaped(), QLatin1String(qVersion())));
}

void MainWindow::updateStatus()
{
    const QString source = m_view->source();
    QString shown;
    if (source.isEmpty()) {
        shown = tr("No criteria set shown");
    } else if (source.startsWith(QLatin1String(":/"))) {
        shown = tr("Built-in template %1").arg(QFileInfo(source).fileName());
    } else {
        shown = tr("File %1").arg(QDir::toNativeSeparators(source));
    }
    if (!source.isEmpty()) {
        shown = tr("%1: %2").arg(shown, m_view->problemSummary());
    }
    statusBar()->showMessage(shown);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        resize(defaultSize());
    }
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace danhgia::ui
