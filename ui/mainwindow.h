#pragma once

#include <QHash>
#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace meshscope {

class AppSettings;
class ClusterPicker;
class ConnectionStatus;
class EmptyStateWidget;
class PageCatalog;

// The shell: a sidebar of pages, the cluster picker and the status bar. Pages are plugged in by
// id with setPageWidget(); until then a page shows what it will hold and why it is empty.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(PageCatalog* pages, ConnectionStatus* status, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setPageWidget(const QString& pageId, QWidget* page);
    QWidget* pageWidget(const QString& pageId) const;
    bool showPage(const QString& pageId); // false for an unknown id
    QString currentPageId() const;

    ClusterPicker* clusterPicker() const { return m_picker; }
    // The account may not change Istio resources (SelfSubjectAccessReview said no): the status bar says so.
    void setReadOnly(bool readOnly);

    void restoreFromSettings();

signals:
    // File → New IstioOperator / Open IstioOperator… (path chosen; empty for a new one).
    void istioOperatorRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Why the cluster pages have nothing to show while a context is chosen (connecting, or failed), if so.
    std::optional<QString> connectionProblem() const;
    void buildPlaceholderPages();
    void refreshPlaceholders();
    void updateStatusBar();
    void setupThemeMenu();
    void styleNavigation();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PageCatalog* m_pages;
    ConnectionStatus* m_status;
    AppSettings* m_settings;
    ClusterPicker* m_picker;
    QLabel* m_contextLabel;
    QLabel* m_connectionLabel;
    QLabel* m_readOnlyLabel;
    bool m_restyling = false; // styleNavigation() itself changes the sidebar's palette
    QHash<QString, QWidget*> m_pageWidgets;
};

} // namespace meshscope
