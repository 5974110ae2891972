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
    connect(m_namespaceCombo, &QComboBox::activated, this, [this](int index) {
        const QString ns = m_namespaceCombo->itemData(index).toString();
        if (ns != QLatin1String("\n")) // the summary of a set chosen elsewhere
            emit namespaceChosen(ns);
    });
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
    const QString previous = m_namespaceCombo->currentData().toString();
    const QString previousText = m_namespaceCombo->currentText();
    m_namespaceCombo->clear();
    m_namespaceCombo->addItem(tr("All namespaces"), QString());
    if (previous == QLatin1String("\n"))
        m_namespaceCombo->addItem(previousText, previous); // the summary of a set chosen elsewhere stays
    for (const QString& ns : namespaces)
        m_namespaceCombo->addItem(ns, ns);
    m_namespaceCombo->setEnabled(!namespaces.isEmpty());
    const int index = m_namespaceCombo->findData(previous);
    m_namespaceCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void ClusterPicker::showNamespaceSelection(const QStringList& selected, const QStringList& defaults)
{
    const QSignalBlocker blocker(m_namespaceCombo);
    // The summary entry of an earlier set goes; it is never something to choose.
    const int summary = m_namespaceCombo->findData(QStringLiteral("\n"));
    if (summary >= 0)
        m_namespaceCombo->removeItem(summary);
    QStringList sorted = selected, all = defaults;
    sorted.sort();
    all.sort();
    int index = -1;
    if (selected.size() == 1)
        index = m_namespaceCombo->findData(selected.first());
    else if (sorted == all || selected.isEmpty())
        index = 0;
    if (index < 0) {
        m_namespaceCombo->insertItem(1, tr("%n namespace(s)", nullptr, int(selected.size())), QStringLiteral("\n"));
        index = 1;
    }
    m_namespaceCombo->setCurrentIndex(index);
}

QString ClusterPicker::context() const
{
    return m_contextCombo->currentData().toString();
}
void ClusterPicker::chooseNamespace(const QString& ns)
{
    const int index = m_namespaceCombo->findData(ns);
    if (index < 0)
        return;
    m_namespaceCombo->setCurrentIndex(index);
    emit namespaceChosen(ns);
}

QString ClusterPicker::namespaceFilter() const
{
    const QString data = m_namespaceCombo->currentData().toString();
    return data == QLatin1String("\n") ? QString() : data;
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
