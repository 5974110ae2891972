#pragma once

#include "models/health/meshstatus.h"

#include <QWidget>
#include <memory>

class QTableWidget;

namespace Ui {
class MeshPage;
}

namespace meshscope {

// The Mesh page: istiod per revision with version, pods and revision tags; proxies per revision and version and
// each injected namespace's revision (how far a canary upgrade has come); the installed-state IstioOperator; the
// root certificate's expiry; ambient components; and the mesh config as a tree.
class MeshPage : public QWidget
{
    Q_OBJECT
public:
    explicit MeshPage(QWidget* parent = nullptr);
    ~MeshPage() override;

    void setStatus(const health::MeshStatus& status);
    void setWaiting(const QString& reason);
    void setBanner(const QString& text);
    QTableWidget* istiodTable() const;
    QTableWidget* proxyTable() const;
    QTableWidget* namespaceTable() const;
    QString certificateText() const;
    health::JsonTreeModel* meshConfigModel() const { return m_meshConfig; }

private:
    std::unique_ptr<Ui::MeshPage> m_ui;
    health::JsonTreeModel* m_meshConfig;
};

} // namespace meshscope
