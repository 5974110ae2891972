#pragma once

#include "controlplane.h"

#include <QAbstractItemModel>
#include <QJsonObject>

// The Mesh page: the control plane per revision (istiod, versions, revision tags), the installed-state
// IstioOperator, the mesh config (the `istio` ConfigMap's `mesh`), the root certificate's expiry
// (`istio-ca-root-cert`), the proxies per revision and version (a canary upgrade's progress) and ambient
// components — from a health snapshot's inventory and the control-plane objects it carries.
namespace meshscope::health {

struct RevisionTag
{
    QString tag;
    QString revision;
    QString webhook; // the MutatingWebhookConfiguration that carries it
};

struct InstalledState
{
    bool found = false;
    QString name;
    QString profile;
    QString hub;
    QString tag;
    QString revision;
    QStringList enabled; // components
    QStringList disabled;
};

struct RootCertificate
{
    bool found = false;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString error; // unreadable PEM
    qint64 daysLeft(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
};

struct NamespaceRevision
{
    QString namespace_;
    QString label; // istio.io/rev value, or "istio-injection=enabled"
    QString revision; // what that label selects (a tag resolved to its revision)
    int pods = 0; // pods with a sidecar
    int podsOnOtherRevisions = 0; // still to be restarted onto `revision`
};

struct MeshStatus
{
    ControlPlaneSummary controlPlane;
    QList<RevisionTag> tags;
    InstalledState installed;
    QJsonObject meshConfig;
    QString meshConfigError;
    RootCertificate rootCert;
    QList<NamespaceRevision> namespaces; // namespaces in the mesh by sidecar injection
};

MeshStatus meshStatus(const HealthSnapshot& snapshot, const QString& istioNamespace = QStringLiteral("istio-system"));

// YAML (or JSON) text → JSON, via yaml-cpp; an error message for text it cannot read.
QJsonValue yamlToJson(const QByteArray& yaml, QString* error = nullptr);

// A JSON document as a two-column tree (key, value) for the mesh config.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;
    void setJson(const QJsonObject& object); // resets: a different document

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    std::unique_ptr<Node> m_root;
};

} // namespace meshscope::health
