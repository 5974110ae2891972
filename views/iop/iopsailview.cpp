#include "iopsailview.h"

#include "models/iop/iopeditordocument.h"
#include "models/iop/iopsail.h"
#include "models/iop/ioptree.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace meshscope::iop {

IopSailView::IopSailView(IopEditorDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_direction(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
    , m_warnings(new QListWidget(this))
    , m_open(new QPushButton(tr("Open in the editor"), this))
{
    setObjectName(QStringLiteral("iopSail"));
    m_output->setObjectName(QStringLiteral("iopSailOutput"));
    m_warnings->setObjectName(QStringLiteral("iopSailWarnings"));
    m_direction->setWordWrap(true);
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_warnings->setMaximumHeight(160);
    auto* copy = new QPushButton(tr("Copy"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_direction);
    layout->addWidget(m_output, 1);
    layout->addWidget(new QLabel(tr("Not carried over:"), this));
    layout->addWidget(m_warnings);
    layout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_output->toPlainText()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_output->toPlainText().isEmpty())
            emit openConverted(m_output->toPlainText(), m_origin);
    });
    connect(m_document, &IopEditorDocument::analysed, this, &IopSailView::refresh);
    refresh();
}

void IopSailView::refresh()
{
    const IopAnalysis& analysis = m_document->analysis();
    const QVariant tree = analysis.sail.isValid() ? analysis.sail : analysis.file.tree;
    Conversion conversion;
    if (isSailIstio(tree)) {
        m_direction->setText(tr("This is a Sail operator Istio resource; as an IstioOperator for istioctl:"));
        conversion = sailToIop(tree);
        m_origin = tr("converted from Sail");
    } else {
        m_direction->setText(tr("This IstioOperator as Sail operator resources (sailoperator.io/v1):"));
        conversion = iopToSail(tree);
        m_origin = tr("converted to Sail");
    }
    m_warnings->clear();
    if (!conversion.error.isEmpty()) {
        m_output->clear();
        new QListWidgetItem(tr("Cannot convert: %1").arg(conversion.error), m_warnings);
        m_open->setEnabled(false);
        return;
    }
    if (m_output->toPlainText() != conversion.yaml)
        m_output->setPlainText(conversion.yaml);
    for (const QString& warning : std::as_const(conversion.warnings))
        new QListWidgetItem(warning, m_warnings);
    if (conversion.warnings.isEmpty())
        new QListWidgetItem(tr("Everything carries over."), m_warnings);
    m_open->setEnabled(true);
}

} // namespace meshscope::iop
