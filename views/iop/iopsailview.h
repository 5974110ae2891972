#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace meshscope::iop {

class IopEditorDocument;

// IstioOperator ⇄ Sail operator `Istio`: the edited file written as the other kind, with a warning for every
// setting that does not carry over (components' Kubernetes overlays, gateways, revisions).
class IopSailView : public QWidget
{
    Q_OBJECT
public:
    explicit IopSailView(IopEditorDocument* document, QWidget* parent = nullptr);

    QPlainTextEdit* output() const { return m_output; }
    QListWidget* warnings() const { return m_warnings; }
    QLabel* direction() const { return m_direction; }
    void refresh();

signals:
    void openConverted(const QString& text, const QString& origin);

private:
    IopEditorDocument* m_document;
    QLabel* m_direction;
    QPlainTextEdit* m_output;
    QListWidget* m_warnings;
    QPushButton* m_open;
    QString m_origin;
};

} // namespace meshscope::iop
