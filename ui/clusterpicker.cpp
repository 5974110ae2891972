#include "clusterpicker.h"

#include "ui_clusterpicker.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>

namespace meshscope {

ClusterPicker::ClusterPicker(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClusterPicker>())
{
    m_ui->setupUi(this);
    connect(m_ui->contextCombo, &QComboBox::activated, this,
        [this](int index) { emit contextChosen(m_ui->contextCombo->itemData(index).toString()); });
    connect(m_ui->namespaceCombo, &QComboBox::activated, this, [this](int index) {
        const QString ns = m_ui->namespaceCombo->itemData(index).toString();
        if (ns != QLatin1String("\n")) // the summary of a set chosen elsewhere
            emit namespaceChosen(ns);
    });
    retranslate();
    setNamespaces({});
    setContexts({}, {});
}

ClusterPicker::~ClusterPicker() = default;

void ClusterPicker::setContexts(const QStringList& contexts, const QString& current)
{
    m_ui->contextCombo->clear();
    if (contexts.isEmpty()) {
        m_ui->contextCombo->addItem(tr("No kubeconfig context"), QString());
        m_ui->contextCombo->setEnabled(false);
        return;
    }
    for (const QString& name : contexts)
        m_ui->contextCombo->addItem(name, name);
    m_ui->contextCombo->setEnabled(contexts.size() > 1);
    const int index = m_ui->contextCombo->findData(current);
    m_ui->contextCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void ClusterPicker::setNamespaces(const QStringList& namespaces)
{
    const QString previous = m_ui->namespaceCombo->currentData().toString();
    const QString previousText = m_ui->namespaceCombo->currentText();
    m_ui->namespaceCombo->clear();
    m_ui->namespaceCombo->addItem(tr("All namespaces"), QString());
    if (previous == QLatin1String("\n"))
        m_ui->namespaceCombo->addItem(previousText, previous); // the summary of a set chosen elsewhere stays
    for (const QString& ns : namespaces)
        m_ui->namespaceCombo->addItem(ns, ns);
    m_ui->namespaceCombo->setEnabled(!namespaces.isEmpty());
    const int index = m_ui->namespaceCombo->findData(previous);
    m_ui->namespaceCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void ClusterPicker::showNamespaceSelection(const QStringList& selected, const QStringList& defaults)
{
    const QSignalBlocker blocker(m_ui->namespaceCombo);
    // The summary entry of an earlier set goes; it is never something to choose.
    const int summary = m_ui->namespaceCombo->findData(QStringLiteral("\n"));
    if (summary >= 0)
        m_ui->namespaceCombo->removeItem(summary);
    QStringList sorted = selected, all = defaults;
    sorted.sort();
    all.sort();
    int index = -1;
    if (selected.size() == 1)
        index = m_ui->namespaceCombo->findData(selected.first());
    else if (sorted == all || selected.isEmpty())
        index = 0;
    if (index < 0) {
        m_ui->namespaceCombo->insertItem(1, tr("%n namespace(s)", nullptr, int(selected.size())), QStringLiteral("\n"));
        index = 1;
    }
    m_ui->namespaceCombo->setCurrentIndex(index);
}

QString ClusterPicker::context() const
{
    return m_ui->contextCombo->currentData().toString();
}
void ClusterPicker::chooseNamespace(const QString& ns)
{
    const int index = m_ui->namespaceCombo->findData(ns);
    if (index < 0)
        return;
    m_ui->namespaceCombo->setCurrentIndex(index);
    emit namespaceChosen(ns);
}

QString ClusterPicker::namespaceFilter() const
{
    const QString data = m_ui->namespaceCombo->currentData().toString();
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
    m_ui->contextPickerLabel->setText(tr("&Context:"));
    m_ui->namespacePickerLabel->setText(tr("&Namespace:"));
    if (m_ui->namespaceCombo->count() > 0)
        m_ui->namespaceCombo->setItemText(0, tr("All namespaces"));
    if (m_ui->contextCombo->count() == 1 && m_ui->contextCombo->itemData(0).toString().isEmpty())
        m_ui->contextCombo->setItemText(0, tr("No kubeconfig context"));
}

} // namespace meshscope
