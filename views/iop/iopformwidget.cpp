#include "iopformwidget.h"

#include "iopfieldbinder.h"
#include "ioplisttable.h"
#include "models/iop/iopbuiltins.h"
#include "models/iop/iopeditordocument.h"
#include "models/iop/ioptree.h"
#include "models/iop/iopyaml.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meshscope::iop {

namespace {

QLabel* descriptionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

// A field with its explanation underneath.
QWidget* described(QWidget* field, const QString& description, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    layout->addWidget(descriptionLabel(description, box));
    return box;
}

QLineEdit* lineEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox* comboBox(QWidget* parent, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    return combo;
}

// A scalar as one would type it: YAML's own spelling, quoted only when it would read as something else.
QString plainScalar(const QVariant& value)
{
    return toYaml(value).trimmed();
}

} // namespace

QVariant valueFromTypedText(const QString& text)
{
    const YamlParse parsed = parseYaml((QStringLiteral("v: ") + text).toUtf8());
    if (!parsed.ok() || parsed.documents.isEmpty())
        return text;
    return valueAt(parsed.documents.first().root, QStringLiteral("v"));
}

IopFormWidget::IopFormWidget(IopEditorDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_general(new IopFieldBinder(document, this))
    , m_component(new IopFieldBinder(document, this))
    , m_mesh(new IopFieldBinder(document, this))
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_sailNote = new QLabel(tr("This is a Sail operator Istio resource. The form edits IstioOperator files: edit the "
                               "YAML, or convert it on the Sail tab."),
        content);
    m_sailNote->setWordWrap(true);
    m_sailNote->hide();
    layout->addWidget(m_sailNote);
    m_sections = new QWidget(content);
    auto* sections = new QVBoxLayout(m_sections);
    sections->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    layout = sections;
    layout->addWidget(buildGeneral());
    layout->addWidget(buildComponents());
    layout->addWidget(buildMeshConfig());
    layout->addWidget(buildValues());
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    for (IopFieldBinder* binder : { m_general, m_component, m_mesh })
        connect(binder, &IopFieldBinder::editFailed, this, &IopFormWidget::editFailed);
}

QWidget* IopFormWidget::buildGeneral()
{
    auto* group = new QGroupBox(tr("Installation"), this);
    auto* form = new QFormLayout(group);
    QComboBox* profile = comboBox(group, QStringLiteral("iopProfile"));
    m_general->bindCombo(profile, QStringLiteral("spec.profile"), IopFieldBinder::Kind::Choice, profileNames());
    form->addRow(tr("Profile"),
        described(profile,
            tr("The built-in starting point; default is merged first, then this profile, then the file."), group));
    QLineEdit* hub = lineEdit(group, QStringLiteral("iopHub"));
    m_general->bindLineEdit(hub, QStringLiteral("spec.hub"));
    form->addRow(tr("Hub"), described(hub, tr("Registry and path the Istio images are pulled from."), group));
    QLineEdit* tag = lineEdit(group, QStringLiteral("iopTag"));
    m_general->bindLineEdit(tag, QStringLiteral("spec.tag"));
    form->addRow(tr("Tag"), described(tag, tr("Image tag, usually the Istio version."), group));
    QLineEdit* revision = lineEdit(group, QStringLiteral("iopRevision"));
    m_general->bindLineEdit(revision, QStringLiteral("spec.revision"));
    form->addRow(tr("Revision"),
        described(revision,
            tr("Installs a separate control plane named after it (istiod-<revision>); namespaces choose one with the "
               "istio.io/rev label. Needed for canary upgrades."),
            group));
    QLineEdit* ns = lineEdit(group, QStringLiteral("iopNamespace"));
    m_general->bindLineEdit(ns, QStringLiteral("spec.namespace"));
    form->addRow(tr("Namespace"), described(ns, tr("Namespace of the control plane."), group));
    return group;
}

QWidget* IopFormWidget::buildComponents()
{
    auto* group = new QGroupBox(tr("Components"), this);
    auto* row = new QHBoxLayout(group);

    auto* left = new QVBoxLayout;
    m_components = new QListWidget(group);
    m_components->setObjectName(QStringLiteral("iopComponents"));
    m_components->setMaximumWidth(220);
    left->addWidget(m_components);
    auto* addIngress = new QPushButton(tr("Add ingress gateway"), group);
    auto* addEgress = new QPushButton(tr("Add egress gateway"), group);
    m_removeGateway = new QPushButton(tr("Remove gateway"), group);
    left->addWidget(addIngress);
    left->addWidget(addEgress);
    left->addWidget(m_removeGateway);
    row->addLayout(left);

    auto* detail = new QWidget(group);
    auto* form = new QFormLayout(detail);
    m_componentNote = descriptionLabel(QString(), detail);
    form->addRow(m_componentNote);
    QComboBox* enabled = comboBox(detail, QStringLiteral("iopComponentEnabled"));
    m_component->bindCombo(enabled, QStringLiteral("{}.enabled"), IopFieldBinder::Kind::Boolean);
    form->addRow(tr("Enabled"), enabled);
    m_gatewayName = lineEdit(detail, QStringLiteral("iopGatewayName"));
    m_component->bindLineEdit(m_gatewayName, QStringLiteral("{}.name"));
    form->addRow(tr("Name"), m_gatewayName);
    m_detailForm = form;
    const QList<std::tuple<QString, QString, QString, IopFieldBinder::Kind>> fields = {
        { tr("Namespace"), QStringLiteral("{}.namespace"), QStringLiteral("iopComponentNamespace"),
            IopFieldBinder::Kind::Text },
        { tr("Hub"), QStringLiteral("{}.hub"), QStringLiteral("iopComponentHub"), IopFieldBinder::Kind::Text },
        { tr("Tag"), QStringLiteral("{}.tag"), QStringLiteral("iopComponentTag"), IopFieldBinder::Kind::Text },
        { tr("Replicas"), QStringLiteral("{}.k8s.replicaCount"), QStringLiteral("iopReplicas"),
            IopFieldBinder::Kind::Integer },
        { tr("CPU request"), QStringLiteral("{}.k8s.resources.requests.cpu"), QStringLiteral("iopCpuRequest"),
            IopFieldBinder::Kind::Text },
        { tr("Memory request"), QStringLiteral("{}.k8s.resources.requests.memory"), QStringLiteral("iopMemoryRequest"),
            IopFieldBinder::Kind::Text },
        { tr("CPU limit"), QStringLiteral("{}.k8s.resources.limits.cpu"), QStringLiteral("iopCpuLimit"),
            IopFieldBinder::Kind::Text },
        { tr("Memory limit"), QStringLiteral("{}.k8s.resources.limits.memory"), QStringLiteral("iopMemoryLimit"),
            IopFieldBinder::Kind::Text },
        { tr("Autoscale min"), QStringLiteral("{}.k8s.hpaSpec.minReplicas"), QStringLiteral("iopHpaMin"),
            IopFieldBinder::Kind::Integer },
        { tr("Autoscale max"), QStringLiteral("{}.k8s.hpaSpec.maxReplicas"), QStringLiteral("iopHpaMax"),
            IopFieldBinder::Kind::Integer },
        { tr("Node selector"), QStringLiteral("{}.k8s.nodeSelector"), QStringLiteral("iopNodeSelector"),
            IopFieldBinder::Kind::KeyValues },
    };
    for (const auto& [label, path, name, kind] : fields) {
        QLineEdit* edit = lineEdit(detail, name);
        m_component->bindLineEdit(edit, path, kind);
        form->addRow(label, edit);
    }
    m_ports = new IopListTable(m_document,
        { { QStringLiteral("name"), tr("Name") }, { QStringLiteral("port"), tr("Port"), true },
            { QStringLiteral("targetPort"), tr("Target port"), true }, { QStringLiteral("protocol"), tr("Protocol") } },
        detail);
    m_ports->setObjectName(QStringLiteral("iopServicePorts"));
    form->addRow(tr("Service ports"), m_ports);
    m_tolerations = new IopListTable(m_document,
        { { QStringLiteral("key"), tr("Key") }, { QStringLiteral("operator"), tr("Operator") },
            { QStringLiteral("value"), tr("Value") }, { QStringLiteral("effect"), tr("Effect") } },
        detail);
    m_tolerations->setObjectName(QStringLiteral("iopTolerations"));
    form->addRow(tr("Tolerations"), m_tolerations);
    row->addWidget(detail, 1);

    connect(m_components, &QListWidget::currentRowChanged, this, &IopFormWidget::selectComponent);
    connect(addIngress, &QPushButton::clicked, this, [this] { addGateway(QStringLiteral("ingressGateways")); });
    connect(addEgress, &QPushButton::clicked, this, [this] { addGateway(QStringLiteral("egressGateways")); });
    connect(m_removeGateway, &QPushButton::clicked, this, &IopFormWidget::removeGateway);
    for (IopListTable* table : { m_ports, m_tolerations })
        connect(table, &IopListTable::editFailed, this, &IopFormWidget::editFailed);
    // A gateway the file does not list yet lives in the profile's list; istioctl replaces lists whole, so the
    // file takes over the whole list before one entry changes.
    connect(m_gatewayName, &QLineEdit::textEdited, this, [this] {
        const QString path = selectedComponentPath();
        if (path.contains(QStringLiteral("Gateways[")))
            ensureGatewayListInFile(path.left(path.lastIndexOf(u'[')));
    });
    return group;
}

QWidget* IopFormWidget::buildMeshConfig()
{
    auto* group = new QGroupBox(tr("Mesh configuration"), this);
    auto* form = new QFormLayout(group);
    struct MeshField
    {
        QString key;
        IopFieldBinder::Kind kind;
        QStringList choices;
        QString description;
    };
    const QList<MeshField> fields = {
        { QStringLiteral("accessLogFile"), IopFieldBinder::Kind::Text, {},
            tr("Where every proxy writes its access log; /dev/stdout puts it in the container log. Empty: no log.") },
        { QStringLiteral("accessLogEncoding"), IopFieldBinder::Kind::Choice,
            { QStringLiteral("TEXT"), QStringLiteral("JSON") },
            tr("Plain text lines or one JSON object per request.") },
        { QStringLiteral("enableTracing"), IopFieldBinder::Kind::Boolean, {},
            tr("Proxies send spans of the requests they handle to the tracing backend.") },
        { QStringLiteral("defaultConfig.tracing.sampling"), IopFieldBinder::Kind::Number, {},
            tr("Share of requests traced, in percent (0–100).") },
        { QStringLiteral("outboundTrafficPolicy.mode"), IopFieldBinder::Kind::Choice,
            { QStringLiteral("ALLOW_ANY"), QStringLiteral("REGISTRY_ONLY") },
            tr("ALLOW_ANY lets workloads call any host; REGISTRY_ONLY only known services and ServiceEntries.") },
        { QStringLiteral("enableAutoMtls"), IopFieldBinder::Kind::Boolean, {},
            tr("Sidecars talk mutual TLS to each other without needing a DestinationRule for it.") },
        { QStringLiteral("trustDomain"), IopFieldBinder::Kind::Text, {},
            tr("The identity domain in workload certificates: spiffe://<trust domain>/ns/<namespace>/sa/<account>.") },
        { QStringLiteral("rootNamespace"), IopFieldBinder::Kind::Text, {},
            tr("Configuration placed in this namespace (Sidecar, EnvoyFilter, …) applies to the whole mesh.") },
        { QStringLiteral("defaultConfig.holdApplicationUntilProxyStarts"), IopFieldBinder::Kind::Boolean, {},
            tr("Application containers start only once the sidecar is ready, so early calls do not fail.") },
        { QStringLiteral("defaultConfig.discoveryAddress"), IopFieldBinder::Kind::Text, {},
            tr("Address proxies fetch their configuration from (istiod).") },
        { QStringLiteral("enablePrometheusMerge"), IopFieldBinder::Kind::Boolean, {},
            tr("The sidecar serves the application's metrics together with its own on one scrape port.") },
        { QStringLiteral("protocolDetectionTimeout"), IopFieldBinder::Kind::Text, {},
            tr("How long a proxy waits for the first bytes to guess the protocol of an unnamed port, e.g. 100ms.") },
    };
    for (const MeshField& field : fields) {
        const QString path = QStringLiteral("spec.meshConfig.") + field.key;
        const QString name = QStringLiteral("iopMesh_") + QString(field.key).replace(u'.', u'_');
        QWidget* widget = nullptr;
        if (field.kind == IopFieldBinder::Kind::Boolean || field.kind == IopFieldBinder::Kind::Choice) {
            QComboBox* combo = comboBox(group, name);
            m_mesh->bindCombo(combo, path, field.kind, field.choices);
            widget = combo;
        } else {
            QLineEdit* edit = lineEdit(group, name);
            m_mesh->bindLineEdit(edit, path, field.kind);
            widget = edit;
        }
        form->addRow(field.key, described(widget, field.description, group));
    }
    return group;
}

QWidget* IopFormWidget::buildValues()
{
    auto* group = new QGroupBox(tr("Values (Helm chart settings)"), this);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(descriptionLabel(
        tr("What the file sets under spec.values, next to the charts' defaults. Edit a value in the table; clear it "
           "to remove it."),
        group));
    m_values = new QTableWidget(0, 3, group);
    m_values->setObjectName(QStringLiteral("iopValues"));
    m_values->setHorizontalHeaderLabels({ tr("Path"), tr("Value"), tr("Chart default") });
    m_values->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_values->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_values->verticalHeader()->hide();
    m_values->setMinimumHeight(140);
    layout->addWidget(m_values);
    auto* add = new QHBoxLayout;
    m_newValuePath = lineEdit(group, QStringLiteral("iopNewValuePath"));
    m_newValuePath->setPlaceholderText(tr("path, e.g. pilot.autoscaleEnabled"));
    auto* completer = new QCompleter(leafPaths(chartDefaults()), m_newValuePath);
    completer->setFilterMode(Qt::MatchContains);
    m_newValuePath->setCompleter(completer);
    m_newValue = lineEdit(group, QStringLiteral("iopNewValue"));
    auto* addButton = new QPushButton(tr("Set"), group);
    add->addWidget(m_newValuePath, 2);
    add->addWidget(m_newValue, 1);
    add->addWidget(addButton);
    layout->addLayout(add);
    connect(m_newValuePath, &QLineEdit::textChanged, this, [this](const QString& path) {
        const QVariant fallback = chartDefault(path.trimmed());
        m_newValue->setPlaceholderText(fallback.isValid() ? tr("default: %1").arg(shortText(fallback)) : QString());
    });
    connect(addButton, &QPushButton::clicked, this, &IopFormWidget::addValue);
    connect(m_newValue, &QLineEdit::returnPressed, this, &IopFormWidget::addValue);
    connect(m_values, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_refreshing || column != 1)
            return;
        const QString path = QStringLiteral("spec.values.") + m_values->item(row, 0)->text();
        const QString text = m_values->item(row, 1)->text().trimmed();
        QString error;
        if (!m_document->setValue(path, text.isEmpty() ? nullValue() : valueFromTypedText(text), &error))
            emit editFailed(tr("Cannot change %1: %2").arg(path, error));
    });
    return group;
}

QString IopFormWidget::selectedComponentPath() const
{
    const int row = m_components ? m_components->currentRow() : -1;
    return row >= 0 && row < m_componentEntries.size() ? m_componentEntries.at(row).path : QString();
}

void IopFormWidget::refresh()
{
    const bool sail = m_document->analysis().sail.isValid();
    m_sailNote->setVisible(sail);
    m_sections->setEnabled(!sail);
    m_refreshing = true;
    m_general->refresh();
    m_mesh->refresh();
    rebuildComponentList();
    refreshValues();
    m_refreshing = false;
}

void IopFormWidget::rebuildComponentList()
{
    const QString selected = selectedComponentPath();
    QList<Component> entries;
    for (const auto& [key, label] : QList<QPair<QString, QString>> {
             { QStringLiteral("base"), tr("Base (CRDs, roles)") }, { QStringLiteral("pilot"), tr("Pilot (istiod)") },
             { QStringLiteral("cni"), tr("CNI node agent") }, { QStringLiteral("ztunnel"), tr("ztunnel (ambient)") },
             { QStringLiteral("istiodRemote"), tr("istiod remote") } })
        entries.append({ label, QStringLiteral("spec.components.") + key, false });
    for (const auto& [kind, label] :
        QList<QPair<QString, QString>> { { QStringLiteral("ingressGateways"), tr("Ingress") },
            { QStringLiteral("egressGateways"), tr("Egress") } }) {
        const QVariantList gateways = m_document->effectiveValue(QStringLiteral("spec.components.") + kind).toList();
        for (int i = 0; i < gateways.size(); ++i) {
            const QString name = valueAt(gateways.at(i), QStringLiteral("name")).toString();
            entries.append({ tr("%1: %2").arg(label, name.isEmpty() ? tr("(unnamed)") : name),
                QStringLiteral("spec.components.%1[%2]").arg(kind).arg(i), true });
        }
    }
    m_componentEntries = entries;
    const QSignalBlocker blocker(m_components);
    m_components->clear();
    int current = 1; // pilot
    for (int i = 0; i < entries.size(); ++i) {
        const Component& entry = entries.at(i);
        const QVariant enabled = m_document->effectiveValue(entry.path + QStringLiteral(".enabled"));
        auto* item = new QListWidgetItem(entry.label, m_components);
        item->setData(Qt::UserRole, entry.path);
        QFont font = item->font();
        font.setItalic(!(enabled.typeId() == QMetaType::Bool && enabled.toBool()));
        item->setFont(font);
        item->setToolTip(enabled.typeId() == QMetaType::Bool && enabled.toBool() ? tr("enabled") : tr("not enabled"));
        if (entry.path == selected)
            current = i;
    }
    m_components->setCurrentRow(current);
    selectComponent(current);
}

void IopFormWidget::selectComponent(int row)
{
    if (row < 0 || row >= m_componentEntries.size())
        return;
    const Component& entry = m_componentEntries.at(row);
    m_detailForm->setRowVisible(m_gatewayName, entry.gateway);
    m_removeGateway->setEnabled(entry.gateway);
    const bool base = entry.path.endsWith(QStringLiteral(".base"));
    m_component->setPrefix(entry.path);
    m_ports->setPath(entry.gateway ? entry.path + QStringLiteral(".k8s.service.ports") : QString());
    m_tolerations->setPath(base ? QString() : entry.path + QStringLiteral(".k8s.tolerations"));
    QString note;
    if (entry.gateway) {
        const QString listPath = entry.path.left(entry.path.lastIndexOf(u'['));
        if (!m_document->fileValue(listPath).isValid())
            note = tr("From the %1. Editing it copies the whole gateway list into the file: istioctl replaces "
                      "lists, it does not merge them.")
                       .arg(m_document->analysis().merge.layerLabel(listPath));
    }
    m_componentNote->setText(note);
    m_componentNote->setVisible(!note.isEmpty());
}

void IopFormWidget::ensureGatewayListInFile(const QString& listPath)
{
    if (m_document->fileValue(listPath).isValid())
        return;
    m_document->setValue(listPath, m_document->effectiveValue(listPath));
}

void IopFormWidget::addGateway(const QString& kind)
{
    const QString listPath = QStringLiteral("spec.components.") + kind;
    QVariantList list = m_document->effectiveValue(listPath).toList();
    const QString base = kind == QStringLiteral("ingressGateways") ? QStringLiteral("istio-ingressgateway")
                                                                   : QStringLiteral("istio-egressgateway");
    QString name = base;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const QVariant& gateway : std::as_const(list))
            taken = taken || valueAt(gateway, QStringLiteral("name")).toString() == name;
        if (!taken)
            break;
        name = base + u'-' + QString::number(n);
    }
    list.append(QVariantMap { { QStringLiteral("name"), name }, { QStringLiteral("enabled"), true } });
    QString error;
    if (!m_document->setValue(listPath, list, &error))
        emit editFailed(tr("Cannot add a gateway: %1").arg(error));
}

void IopFormWidget::removeGateway()
{
    const QString path = selectedComponentPath();
    if (!path.contains(QStringLiteral("Gateways[")))
        return;
    const QString listPath = path.left(path.lastIndexOf(u'['));
    const int index = path.mid(path.lastIndexOf(u'[') + 1).chopped(1).toInt();
    QVariantList list = m_document->effectiveValue(listPath).toList();
    if (index < 0 || index >= list.size())
        return;
    list.removeAt(index);
    QString error;
    if (!m_document->setValue(listPath, list, &error))
        emit editFailed(tr("Cannot remove the gateway: %1").arg(error));
}

void IopFormWidget::refreshValues()
{
    const QVariant values = m_document->fileValue(QStringLiteral("spec.values"));
    const QStringList paths = isMap(values) ? leafPaths(values) : QStringList();
    const QSignalBlocker blocker(m_values);
    m_values->setRowCount(int(paths.size()));
    for (int r = 0; r < paths.size(); ++r) {
        const QVariant value = valueAt(values, paths.at(r));
        const QVariant fallback = chartDefault(paths.at(r));
        const QStringList cells = { paths.at(r), isScalar(value) ? plainScalar(value) : shortText(value),
            fallback.isValid() ? shortText(fallback) : QString() };
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c != 1 || !isScalar(value))
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_values->setItem(r, c, item);
        }
    }
}

void IopFormWidget::addValue()
{
    const QString path = m_newValuePath->text().trimmed();
    if (path.isEmpty())
        return;
    const QString text = m_newValue->text().trimmed();
    QString error;
    if (!m_document->setValue(
            QStringLiteral("spec.values.") + path, text.isEmpty() ? nullValue() : valueFromTypedText(text), &error)) {
        emit editFailed(tr("Cannot set values.%1: %2").arg(path, error));
        return;
    }
    m_newValuePath->clear();
    m_newValue->clear();
}

} // namespace meshscope::iop
