#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace meshscope::iop {

class IopEditorDocument;
class IopFieldBinder;
class IopListTable;

// The IstioOperator as a form, in step with the YAML: profile, hub, tag, revision; each component (base, pilot,
// CNI, ztunnel, the gateways) with its Kubernetes settings; the common meshConfig keys with what they do; and the
// values the file sets, next to the charts' defaults. Every field edits the YAML; every YAML change refills it.
class IopFormWidget : public QWidget
{
    Q_OBJECT
public:
    explicit IopFormWidget(IopEditorDocument* document, QWidget* parent = nullptr);

    void refresh(); // from the document's latest analysis
    QListWidget* componentList() const { return m_components; }
    QString selectedComponentPath() const;

signals:
    void editFailed(const QString& message);

private:
    struct Component
    {
        QString label;
        QString path; // "spec.components.pilot", "spec.components.ingressGateways[1]"
        bool gateway = false;
    };
    QWidget* buildGeneral();
    QWidget* buildComponents();
    QWidget* buildMeshConfig();
    QWidget* buildValues();
    void rebuildComponentList();
    void selectComponent(int row);
    void ensureGatewayListInFile(const QString& listPath);
    void addGateway(const QString& kind);
    void removeGateway();
    void refreshValues();
    void addValue();

    IopEditorDocument* m_document;
    IopFieldBinder* m_general;
    IopFieldBinder* m_component;
    IopFieldBinder* m_mesh;
    QListWidget* m_components = nullptr;
    QList<Component> m_componentEntries;
    QLabel* m_componentNote = nullptr;
    QLabel* m_sailNote = nullptr;
    QWidget* m_sections = nullptr;
    QFormLayout* m_detailForm = nullptr;
    QLineEdit* m_gatewayName = nullptr;
    IopListTable* m_ports = nullptr;
    IopListTable* m_tolerations = nullptr;
    QPushButton* m_removeGateway = nullptr;
    QTableWidget* m_values = nullptr;
    QLineEdit* m_newValuePath = nullptr;
    QLineEdit* m_newValue = nullptr;
    bool m_refreshing = false;
};

// A YAML scalar typed in a field, read as YAML reads it ("true" a boolean, "3" a number, "'3'" text).
QVariant valueFromTypedText(const QString& text);

} // namespace meshscope::iop
