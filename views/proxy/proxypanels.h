#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace meshscope {

class ConfigDiffModel;
struct EnvoyConfigDump;
struct EnvoySecret;
class ProxyTableTab;
struct ConfigDiff;

// The certificates of a secret as Qt decodes them: subject, issuer, SPIFFE IDs and DNS names, serial, validity
// and days to expiry (in the warning colour when close, the error colour when expired). Keys are never shown.
class CertificatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatePanel(QWidget* parent = nullptr);
    void showSecret(const EnvoySecret* secret); // nullptr: nothing selected
    QString text() const;

private:
    QTextBrowser* m_browser;
};

// Istio and Envoy versions, the node's id, cluster and metadata, from the bootstrap.
class BootstrapPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BootstrapPanel(QWidget* parent = nullptr);
    void showDump(const EnvoyConfigDump& dump);
    QString text() const;

private:
    QTextBrowser* m_browser;
};

// Envoy's logger levels with the controls to change one or all of them; disabled, with the reason, when the
// account may not (create pods/proxy).
class LoggingPanel : public QWidget
{
    Q_OBJECT
public:
    LoggingPanel(ProxyTableTab* table, QWidget* parent = nullptr);
    void setPermission(bool allowed, const QString& reason);
    void showResult(const QString& error);
    QComboBox* levelBox() const { return m_level; }
    QPushButton* applySelectedButton() const { return m_applySelected; }
    QPushButton* applyAllButton() const { return m_applyAll; }

signals:
    void levelRequested(const QString& logger, const QString& level); // logger empty: all

private:
    ProxyTableTab* m_table;
    QComboBox* m_level;
    QPushButton* m_applySelected;
    QPushButton* m_applyAll;
    QLabel* m_message;
};

// A ConfigDiff as a tree with a one-line summary; missing resources in the error colour, extra and changed in
// the warning colour.
class ConfigDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigDiffView(QWidget* parent = nullptr);
    void setDiff(const ConfigDiff& diff, const QString& expectedName, const QString& actualName, const QString& note);
    void setMessage(const QString& message);
    ConfigDiffModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QString summary() const;
    // Room above the tree for controls (the Compare tab's proxy picker).
    void addControls(QWidget* controls);

private:
    ConfigDiffModel* m_model;
    QLabel* m_summary;
    QTreeView* m_tree;
};

} // namespace meshscope
