#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace meshscope {

// The toolbar's context and namespace choosers.
class ClusterPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterPicker(QWidget* parent = nullptr);

    void setContexts(const QStringList& contexts, const QString& current);
    void setNamespaces(const QStringList& namespaces);
    QString context() const;
    QString namespaceFilter() const; // empty = all namespaces

signals:
    void contextChosen(const QString& context);
    void namespaceChosen(const QString& ns);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_contextLabel;
    QComboBox* m_contextCombo;
    QLabel* m_namespaceLabel;
    QComboBox* m_namespaceCombo;
};

} // namespace meshscope
