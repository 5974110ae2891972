#include "proxypanels.h"

#include "models/istio/envoyconfigdump.h"
#include "models/istio/envoysecrets.h"
#include "models/proxy/configdiffmodel.h"
#include "models/proxy/envoylogging.h"
#include "models/proxy/proxytablemodel.h"
#include "proxystyle.h"
#include "proxytabletab.h"
#include "tonedelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace meshscope {
namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(name, value);
}

QTextBrowser* browser(QWidget* parent, const QString& objectName)
{
    auto* view = new QTextBrowser(parent);
    view->setObjectName(objectName);
    view->setOpenLinks(false);
    return view;
}

} // namespace

CertificatePanel::CertificatePanel(QWidget* parent)
    : QWidget(parent)
    , m_browser(browser(this, QStringLiteral("certificateDetails")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    showSecret(nullptr);
}

QString CertificatePanel::text() const
{
    return m_browser->toPlainText();
}

void CertificatePanel::showSecret(const EnvoySecret* secret)
{
    if (!secret) {
        m_browser->setHtml(tr("<p>Select a secret to see its certificates.</p>"));
        return;
    }
    if (secret->chain.isEmpty()) {
        m_browser->setHtml(
            tr("<p><b>%1</b> holds no certificate (state %2).</p>").arg(escaped(secret->name), escaped(secret->state)));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QPalette palette = m_browser->palette();
    QString html = tr("<h3>%1 — %n certificate(s)</h3>", nullptr, int(secret->chain.size())).arg(escaped(secret->name));
    int position = 0;
    for (const QSslCertificate& certificate : secret->chain) {
        const qint64 days = now.daysTo(certificate.expiryDate());
        proxystyle::Tone tone = proxystyle::Tone::Good;
        if (now > certificate.expiryDate() || now < certificate.effectiveDate())
            tone = proxystyle::Tone::Bad;
        else if (now.secsTo(certificate.expiryDate()) < 7 * 86400)
            tone = proxystyle::Tone::Warning;
        const QString expiry = QStringLiteral("<span style='color:%1'>%2 %3</span>")
                                   .arg(proxystyle::colour(tone, palette).name(), proxystyle::glyph(tone),
                                       days < 0 ? tr("expired %n day(s) ago", nullptr, int(-days))
                                                : tr("%n day(s) left", nullptr, int(days)));
        QStringList dns;
        const auto sans = certificate.subjectAlternativeNames();
        for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
            if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry || it.key() == QSsl::EmailEntry)
                dns << it.value();
        }
        html += QStringLiteral("<h4>%1</h4><table>")
                    .arg(position == 0 ? tr("Leaf") : tr("Certificate %1 of the chain").arg(position + 1));
        html += row(tr("Subject"), escaped(certificate.subjectDisplayName()));
        html += row(tr("Issuer"), escaped(certificate.issuerDisplayName()));
        html += row(tr("SPIFFE ID"), escaped(spiffeIds(certificate).join(QStringLiteral(", "))));
        if (!dns.isEmpty())
            html += row(tr("Other names"), escaped(dns.join(QStringLiteral(", "))));
        html += row(tr("Certificate authority"), isCertificateAuthority(certificate) ? tr("yes") : tr("no"));
        html += row(tr("Serial"), escaped(QString::fromLatin1(certificate.serialNumber())));
        html += row(tr("Not before"), certificate.effectiveDate().toUTC().toString(Qt::ISODate));
        html += row(tr("Not after"), certificate.expiryDate().toUTC().toString(Qt::ISODate));
        html += row(tr("Expiry"), expiry);
        html += QStringLiteral("</table>");
        ++position;
    }
    m_browser->setHtml(html);
}

BootstrapPanel::BootstrapPanel(QWidget* parent)
    : QWidget(parent)
    , m_browser(browser(this, QStringLiteral("bootstrapDetails")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_browser);
}

QString BootstrapPanel::text() const
{
    return m_browser->toPlainText();
}

void BootstrapPanel::showDump(const EnvoyConfigDump& dump)
{
    if (!dump.bootstrapSection.isValid()) {
        m_browser->setHtml(tr("<p>No bootstrap in this config dump.</p>"));
        return;
    }
    const JsonRef node = dump.bootstrapSection.field("bootstrap").field("node");
    QString html = QStringLiteral("<table>");
    html += row(tr("Istio version"), escaped(dump.istioVersion));
    html += row(tr("Istio proxy version"), escaped(dump.istioProxySha));
    html += row(tr("Envoy version"), escaped(dump.envoyVersion));
    html += row(tr("Node ID"), escaped(dump.nodeId));
    html += row(tr("Cluster"), escaped(node.field("cluster").toString()));
    const JsonRef locality = node.field("locality");
    if (locality.isObject())
        html += row(tr("Locality"), escaped(QString::fromUtf8(locality.toCompactJson())));
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("Node metadata"));
    const JsonRef metadata = node.field("metadata");
    for (std::uint32_t i = 0; i < metadata.size(); ++i) {
        const JsonRef value = metadata.at(i);
        QString text = value.isString() ? value.toString() : QString::fromUtf8(value.toCompactJson());
        if (text.size() > 300)
            text = text.left(300) + QStringLiteral("…");
        html += row(escaped(QString::fromUtf8(metadata.keyAt(i))), escaped(text));
    }
    html += QStringLiteral("</table>");
    m_browser->setHtml(html);
}

LoggingPanel::LoggingPanel(ProxyTableTab* table, QWidget* parent)
    : QWidget(parent)
    , m_table(table)
    , m_level(new QComboBox(this))
    , m_applySelected(new QPushButton(tr("Set for the selected logger"), this))
    , m_applyAll(new QPushButton(tr("Set for all loggers"), this))
    , m_message(new QLabel(this))
{
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_applySelected->setObjectName(QStringLiteral("applyLogLevelSelected"));
    m_applyAll->setObjectName(QStringLiteral("applyLogLevelAll"));
    m_message->setObjectName(QStringLiteral("loggingMessage"));
    m_message->setWordWrap(true);
    m_level->addItems(envoyLogLevels());
    m_level->setCurrentText(QStringLiteral("warning"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Level:"), this));
    bar->addWidget(m_level);
    bar->addWidget(m_applySelected);
    bar->addWidget(m_applyAll);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(table, 1);
    connect(m_applyAll, &QPushButton::clicked, this, [this] { emit levelRequested({}, m_level->currentText()); });
    connect(m_applySelected, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->table()->currentIndex();
        if (!current.isValid()) {
            showResult(tr("Select a logger first."));
            return;
        }
        emit levelRequested(current.siblingAtColumn(0).data().toString(), m_level->currentText());
    });
    setPermission(false, tr("Checking whether you may change log levels…"));
}

void LoggingPanel::setPermission(bool allowed, const QString& reason)
{
    m_applyAll->setEnabled(allowed);
    m_applySelected->setEnabled(allowed);
    m_level->setEnabled(allowed);
    m_message->setText(allowed ? QString() : reason);
    m_message->setVisible(!allowed && !reason.isEmpty());
}

void LoggingPanel::showResult(const QString& error)
{
    m_message->setText(error.isEmpty() ? tr("Levels changed.") : error);
    m_message->setVisible(true);
}

ConfigDiffView::ConfigDiffView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ConfigDiffModel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("diffTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(ConfigDiffModel::ResourceColumn, 420);
    m_tree->header()->resizeSection(ConfigDiffModel::StatusColumn, 170);
    m_tree->header()->resizeSection(ConfigDiffModel::ExpectedColumn, 260);
    m_tree->setItemDelegate(new ToneDelegate(
        [](const QModelIndex& index) {
            if (index.column() != ConfigDiffModel::StatusColumn || index.parent().isValid())
                return proxystyle::Tone::Neutral;
            return ResourceDifference::Status(index.data(ConfigDiffModel::StatusRole).toInt())
                    == ResourceDifference::Status::Missing
                ? proxystyle::Tone::Bad
                : proxystyle::Tone::Warning;
        },
        false, this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

void ConfigDiffView::addControls(QWidget* controls)
{
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, controls);
}

QString ConfigDiffView::summary() const
{
    return m_summary->text();
}

void ConfigDiffView::setMessage(const QString& message)
{
    m_summary->setText(message);
    m_model->setDiff({}, {}, {});
}

void ConfigDiffView::setDiff(
    const ConfigDiff& diff, const QString& expectedName, const QString& actualName, const QString& note)
{
    m_model->setDiff(diff, expectedName, actualName);
    const QPalette palette = m_summary->palette();
    if (!diff.valid) {
        m_summary->setText(note);
        return;
    }
    if (diff.same()) {
        m_summary->setText(QStringLiteral("<span style='color:%1'>%2 %3</span>")
                               .arg(proxystyle::colour(proxystyle::Tone::Good, palette).name(),
                                   proxystyle::glyph(proxystyle::Tone::Good),
                                   tr("%1 and %2 match: %n resource(s) compared.", nullptr, diff.compared)
                                       .arg(expectedName, actualName)));
        return;
    }
    const proxystyle::Tone tone = diff.missing > 0 ? proxystyle::Tone::Bad : proxystyle::Tone::Warning;
    m_summary->setText(QStringLiteral("<span style='color:%1'>%2 %3</span> %4")
                           .arg(proxystyle::colour(tone, palette).name(), proxystyle::glyph(tone),
                               tr("%1 has %2 resource(s) %3 lacks, %4 extra, %5 changed.")
                                   .arg(expectedName)
                                   .arg(diff.missing)
                                   .arg(actualName)
                                   .arg(diff.extra)
                                   .arg(diff.changed),
                               note.toHtmlEscaped()));
    m_tree->expandToDepth(0);
}

} // namespace meshscope
