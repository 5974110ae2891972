#include "graphpage.h"
#include "views/graph/graphtoolbar.h"

#include <QFileDialog>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTimer>

// The Graph page's export: PNG and SVG drawn from the scene as it looks, DOT and Kiali JSON from the exporter.
namespace meshscope {

void GraphPage::chooseExportFile(const QString& format)
{
    static const QHash<QString, QString> suffixes { { QStringLiteral("PNG"), QStringLiteral("png") },
        { QStringLiteral("SVG"), QStringLiteral("svg") }, { QStringLiteral("DOT"), QStringLiteral("dot") },
        { QStringLiteral("Kiali JSON"), QStringLiteral("json") } };
    const QString suffix = suffixes.value(format, format.toLower());
    // Not getSaveFileName(): that would spin a nested event loop.
    auto* dialog = new QFileDialog(this, tr("Export the graph as %1").arg(format));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(tr("%1 files (*.%2)").arg(format, suffix));
    dialog->selectFile(QStringLiteral("graph.") + suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString& file) {
        QString error;
        m_notice = exportTo(format, file, &error) ? tr("Exported the graph to %1").arg(file)
                                                  : tr("Export failed: %1").arg(error);
        updateStatus();
        // The status line says it for a few seconds, then counts the graph again.
        QTimer::singleShot(8000, this, [this, notice = m_notice] {
            if (m_notice == notice) {
                m_notice.clear();
                updateStatus();
            }
        });
        if (error.isEmpty())
            emit exported(file);
    });
    dialog->open();
}

bool GraphPage::exportTo(const QString& format, const QString& fileName, QString* error) const
{
    const std::shared_ptr<const graph::Graph>& graph = m_scene->graph();
    if (!graph) {
        if (error)
            *error = tr("there is no graph to export");
        return false;
    }
    const QRectF bounds = m_scene->graphBounds().adjusted(-20, -20, 20, 20);
    if (format == QLatin1String("PNG")) {
        // Twice the scene's size, so text stays sharp when zoomed in.
        QImage image((bounds.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(m_scene->colors().background);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->renderClean(&painter, QRectF(QPointF(), image.size()), bounds);
        painter.end();
        if (!image.save(fileName, "PNG")) {
            if (error)
                *error = tr("cannot write %1").arg(fileName);
            return false;
        }
        return true;
    }
    if (format == QLatin1String("SVG")) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(bounds.size().toSize());
        svg.setViewBox(QRectF(QPointF(), bounds.size()));
        svg.setTitle(tr("Meshscope traffic graph"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("cannot write %1").arg(fileName);
            return false;
        }
        painter.fillRect(QRectF(QPointF(), bounds.size()), m_scene->colors().background);
        m_scene->renderClean(&painter, QRectF(QPointF(), bounds.size()), bounds);
        return painter.end();
    }
    if (!m_exporter || !m_exportFormats.contains(format)) {
        if (error)
            *error = tr("unknown format %1").arg(format);
        return false;
    }
    QString exportError;
    const QByteArray data = m_exporter(*graph, format, &exportError);
    if (data.isEmpty()) {
        if (error)
            *error = exportError.isEmpty() ? tr("nothing to write") : exportError;
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace meshscope
