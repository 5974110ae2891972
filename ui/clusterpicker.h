#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class ClusterPicker;
}

namespace meshscope {

// The toolbar's context and namespace choosers.
class ClusterPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterPicker(QWidget* parent = nullptr);
    ~ClusterPicker() override;

    void setContexts(const QStringList& contexts, const QString& current);
    void setNamespaces(const QStringList& namespaces);
    // Shows a namespace choice made elsewhere (the Graph page's menu) without announcing it: one namespace is
    // shown as such, the default set as "All namespaces", any other set as "N namespaces".
    void showNamespaceSelection(const QStringList& selected, const QStringList& defaults);
    QString context() const;
    QString namespaceFilter() const; // empty = all namespaces
    // Picks a namespace as if the user had (namespaceChosen follows); unknown names are ignored.
    void chooseNamespace(const QString& ns);

signals:
    void contextChosen(const QString& context);
    void namespaceChosen(const QString& ns);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ClusterPicker> m_ui;
};

} // namespace meshscope
