#include "clusterpicker.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace meshscope {

ClusterPicker::ClusterPicker(QWidget* parent)
    : QWidget(parent)
    , m_contextLabel(new QLabel(this))
    , m_contextCombo(new QComboBox(this))
    , m_namespaceLabel(new QLabel(this))
    , m_namespaceCombo(new QComboBox(this))
{
    m_contextCombo->setObjectName(QStringLiteral("contextCombo"));
    m_namespaceCombo->setObjectName(QStringLiteral("namespaceCombo"));
    m_contextCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contextCombo->setMinimumContentsLength(16);
    m_namespaceCombo->setMinimumContentsLength(16);
    m_contextLabel->setBuddy(m_contextCombo);
    m_namespaceLabel->setBuddy(m_namespaceCombo);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_contextLabel);
    layout->addWidget(m_contextCombo);
    layout->addSpacing(12);
    layout->addWidget(m_namespaceLabel);
    layout->addWidget(m_namespaceCombo);

    connect(m_contextCombo, &QComboBox::activated, this,
        [this](int index) { emit contextChosen(m_contextCombo->itemData(index).toString()); });
    connect(m_namespaceCombo, &QComboBox::activated, this,
        [this](int index) { emit namespaceChosen(m_namespaceCombo->itemData(index).toString()); });
    retranslate();
    setNamespaces({});
    setContexts({}, {});
}

void ClusterPicker::setContexts(const QStringList& contexts, const QString& current)
{
    m_contextCombo->clear();
    if (contexts.isEmpty()) {
        m_contextCombo->addItem(tr("No kubeconfig context"), QString());
        m_contextCombo->setEnabled(false);
        return;
    }
    for (const QString& name : contexts)
        m_contextCombo->addItem(name, name);
    m_contextCombo->setEnabled(contexts.size() > 1);
    const int index = m_contextCombo->findData(current);
    m_contextCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void ClusterPicker::setNamespaces(const QStringList& namespaces)
{
    const QString previous = namespaceFilter();
    m_namespaceCombo->clear();
    m_namespaceCombo->addItem(tr("All namespaces"), QString());
    for (const QString& ns : namespaces)
        m_namespaceCombo->addItem(ns, ns);
    m_namespaceCombo->setEnabled(!namespaces.isEmpty());
    const int index = m_namespaceCombo->findData(previous);
    m_namespaceCombo->setCurrentIndex(index < 0 ? 0 : index);
}

QString ClusterPicker::context() const
{
    return m_contextCombo->currentData().toString();
}
QString ClusterPicker::namespaceFilter() const
{
    return m_namespaceCombo->currentData().toString();
}

void ClusterPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClusterPicker::retranslate()
{
    m_contextLabel->setText(tr("&Context:"));
    m_namespaceLabel->setText(tr("&Namespace:"));
    if (m_namespaceCombo->count() > 0)
        m_namespaceCombo->setItemText(0, tr("All namespaces"));
    if (m_contextCombo->count() == 1 && m_contextCombo->itemData(0).toString().isEmpty())
        m_contextCombo->setItemText(0, tr("No kubeconfig context"));
}

} // namespace meshscope
