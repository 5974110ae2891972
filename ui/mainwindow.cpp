#include "mainwindow.h"

#include "clusterpicker.h"
#include "models/appsettings.h"
#include "models/connectionstatus.h"
#include "models/pagecatalog.h"
#include "ui_mainwindow.h"
#include "views/common/emptystatewidget.h"
#include "views/common/pageiconproxy.h"
#include "views/common/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>

namespace meshscope {

MainWindow::MainWindow(PageCatalog* pages, ConnectionStatus* status, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_pages(pages)
    , m_status(status)
    , m_settings(settings)
    , m_picker(new ClusterPicker(this))
    , m_contextLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/meshscope.svg")));
    m_ui->clusterToolBar->addWidget(m_picker);
    auto* sidebarModel = new PageIconProxy(this);
    sidebarModel->setSourceModel(m_pages);
    m_ui->navigationList->setModel(sidebarModel);
    styleNavigation();
    m_contextLabel->setObjectName(QStringLiteral("contextLabel"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_contextLabel->setContentsMargins(8, 0, 8, 0);
    m_connectionLabel->setContentsMargins(8, 0, 8, 0);
    // A long error (a kubeconfig path, a server's message) must not widen the window; the full text is the tooltip.
    m_connectionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_connectionLabel->setMinimumWidth(0);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setContentsMargins(8, 0, 8, 0);
    m_readOnlyLabel->setText(tr("Read-only"));
    m_readOnlyLabel->setToolTip(tr("Your account may not change Istio resources in this cluster, so Meshscope "
                                   "only shows them. Ask for write access to shift traffic or apply changes."));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_contextLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    buildPlaceholderPages();
    setupThemeMenu();
    // Ctrl+1…Ctrl+9 go to the pages in the sidebar's order.
    for (int row = 0; row < std::min(int(m_pages->ids().size()), 9); ++row) {
        auto* go = new QAction(this);
        go->setObjectName(QStringLiteral("actionGoToPage%1").arg(row + 1));
        go->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + row))));
        addAction(go);
        connect(go, &QAction::triggered, this, [this, row] { showPage(m_pages->ids().value(row)); });
    }

    connect(m_ui->navigationList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const QString id = current.data(PageCatalog::IdRole).toString();
            m_ui->pageStack->setCurrentWidget(m_pageWidgets.value(id));
            setWindowTitle(tr("%1 — Meshscope").arg(current.data().toString()));
        });
    connect(m_status, &ConnectionStatus::changed, this, [this] {
        updateStatusBar();
        refreshPlaceholders();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(
        m_ui->actionNewIstioOperator, &QAction::triggered, this, [this] { emit istioOperatorRequested(QString()); });
    connect(m_ui->actionOpenIstioOperator, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open IstioOperator"), QString(), tr("YAML files (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            emit istioOperatorRequested(path);
    });

    showPage(m_pages->ids().value(0));
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPlaceholderPages()
{
    for (const PageCatalog::Page& page : m_pages->pages()) {
        auto* empty = new EmptyStateWidget(m_ui->pageStack);
        empty->setObjectName(page.id + QStringLiteral("Page"));
        m_ui->pageStack->addWidget(empty);
        m_pageWidgets.insert(page.id, empty);
    }
    refreshPlaceholders();
}

void MainWindow::refreshPlaceholders()
{
    const bool connected = m_status->state() == ConnectionStatus::State::Connected;
    for (const PageCatalog::Page& page : m_pages->pages()) {
        if (auto* empty = qobject_cast<EmptyStateWidget*>(m_pageWidgets.value(page.id))) {
            empty->setIcon(page.icon);
            empty->setTitle(page.title);
            empty->setDescription(page.description);
            // Once connected, "no cluster" would be wrong; the page's own view replaces this state.
            empty->setReason(connected ? tr("Connected to %1.").arg(m_status->context())
                                       : connectionProblem().value_or(page.emptyReason));
        }
    }
}

std::optional<QString> MainWindow::connectionProblem() const
{
    // A context is chosen but the connection is not there: say why (the status bar's reason), not "no cluster".
    switch (m_status->state()) {
    case ConnectionStatus::State::Failed:
        return m_status->context().isEmpty()
            ? tr("Cannot use the kubeconfig: %1").arg(m_status->message())
            : tr("Cannot connect to %1: %2").arg(m_status->context(), m_status->message());
    case ConnectionStatus::State::Connecting:
        return m_status->message().isEmpty() ? tr("Connecting to %1…").arg(m_status->context())
                                             : tr("Connecting to %1: %2").arg(m_status->context(), m_status->message());
    default:
        return std::nullopt;
    }
}

void MainWindow::setPageWidget(const QString& pageId, QWidget* page)
{
    QWidget* old = m_pageWidgets.value(pageId);
    if (!old || !page)
        return;
    const bool wasCurrent = m_ui->pageStack->currentWidget() == old;
    const int index = m_ui->pageStack->indexOf(old);
    m_ui->pageStack->insertWidget(index, page);
    m_ui->pageStack->removeWidget(old);
    old->deleteLater();
    m_pageWidgets.insert(pageId, page);
    if (wasCurrent)
        m_ui->pageStack->setCurrentWidget(page);
}

QWidget* MainWindow::pageWidget(const QString& pageId) const
{
    return m_pageWidgets.value(pageId);
}

bool MainWindow::showPage(const QString& pageId)
{
    const int row = m_pages->rowOf(pageId);
    if (row < 0)
        return false;
    QAbstractItemModel* model = m_ui->navigationList->model();
    m_ui->navigationList->setCurrentIndex(model->index(row, 0));
    return true;
}

QString MainWindow::currentPageId() const
{
    return m_ui->navigationList->currentIndex().data(PageCatalog::IdRole).toString();
}

void MainWindow::restoreFromSettings()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(m_settings->windowState());
    const QString page = m_settings->lastPage();
    if (!page.isEmpty())
        showPage(page);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setLastPage(currentPageId());
    QMainWindow::closeEvent(event);
}

void MainWindow::styleNavigation()
{
    // A style sheet resolves palette(…) once, when it is set: set it again when the theme changes at run time,
    // or the sidebar keeps the old theme's colours.
    m_ui->navigationList->setStyleSheet(QString());
    m_ui->navigationList->setStyleSheet(QStringLiteral("QListView { padding-top: 6px; border: none;"
                                                       " border-right: 1px solid palette(mid); }"
                                                       "QListView::item { padding: 5px 8px; }"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_restyling) {
        m_restyling = true;
        styleNavigation();
        m_restyling = false;
    }
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_pages->retranslate();
        refreshPlaceholders();
        updateStatusBar();
        const QModelIndex current = m_ui->navigationList->currentIndex();
        if (current.isValid())
            setWindowTitle(tr("%1 — Meshscope").arg(current.data().toString()));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnlyLabel->setVisible(readOnly);
}

void MainWindow::updateStatusBar()
{
    const QString context = m_status->context();
    m_contextLabel->setText(context.isEmpty() ? tr("No context") : tr("Context: %1").arg(context));
    m_connectionLabel->setText(m_status->stateText());
    m_connectionLabel->setToolTip(m_status->stateText());
    // Without a cluster there is nothing to be read-only about.
    if (m_status->state() == ConnectionStatus::State::NotConfigured
        || m_status->state() == ConnectionStatus::State::Failed)
        m_readOnlyLabel->hide();
}

void MainWindow::setupThemeMenu()
{
    auto* group = new QActionGroup(this);
    const QList<std::pair<QAction*, AppSettings::Theme>> themes = {
        { m_ui->actionThemeSystem, AppSettings::Theme::System },
        { m_ui->actionThemeLight, AppSettings::Theme::Light },
        { m_ui->actionThemeDark, AppSettings::Theme::Dark },
    };
    const AppSettings::Theme current = m_settings->theme();
    for (const auto& [action, theme] : themes) {
        group->addAction(action);
        action->setChecked(theme == current);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_settings->setTheme(theme);
            if (theme == AppSettings::Theme::System) {
                // The platform palette can only be restored by a restart; say so instead of guessing.
                statusBar()->showMessage(tr("The system theme applies the next time Meshscope starts."), 8000);
                return;
            }
            applyTheme(*qApp, theme);
        });
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Meshscope"),
        tr("<h3>Meshscope %1</h3><p>A native desktop console for Istio service meshes.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace meshscope
