#include "istioconfigpage.h"

#include "models/analysis/analysisresults.h"
#include "models/analysis/validationproxies.h"
#include "models/kube/kubeobjectmodel.h"
#include "ui_istioconfigpage.h"
#include "views/common/objectfilterproxy.h"
#include "views/common/resourcetablepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>

namespace meshscope {

using namespace analysis;

namespace {

QColor levelColour(int level)
{
    switch (level) {
    case int(Level::Error):
        return QColor(0xc9, 0x19, 0x0b);
    case int(Level::Warning):
        return QColor(0xb5, 0x6a, 0x00);
    default:
        return QColor(0x3e, 0x86, 0x35);
    }
}

// Colours the Validation column: red with errors, amber with warnings, green when clean.
class ValidationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data().toString().isEmpty())
            return;
        const QColor colour = levelColour(index.data(ValidationColumnProxy::LevelRole).toInt());
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, colour.lighter(150));
        option->font.setBold(index.data(ValidationColumnProxy::LevelRole).toInt() >= 0);
    }
};

} // namespace

IstioConfigPage::IstioConfigPage(KubeObjectModel* objects, AnalysisResults* results, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IstioConfigPage>())
    , m_objects(objects)
    , m_results(results)
    , m_validation(new ValidationColumnProxy(results, KubeObjectModel::KeyRole, this))
    , m_filter(new ValidationFilterProxy(KubeObjectModel::KindRole, this))
{
    m_ui->setupUi(this);
    m_validation->setSourceModel(objects);
    m_filter->setSourceModel(m_validation);
    m_ui->table->setModel(m_filter);
    // Sort the validation column by severity, the others by their text.
    m_ui->table->proxy()->setSortRole(ValidationColumnProxy::SortRole);
    m_ui->table->table()->setItemDelegateForColumn(m_validation->validationColumn(), new ValidationDelegate(this));
    // The filters sit in the table's filter row, before its item count.
    m_ui->table->addToolWidget(m_ui->kindFilter);
    m_ui->table->addToolWidget(m_ui->problemsOnly);
    m_ui->validationSummary->setForegroundRole(QPalette::PlaceholderText);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    updateKinds();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(objects, signal, this, &IstioConfigPage::updateKinds);
    connect(objects, &QAbstractItemModel::modelReset, this, &IstioConfigPage::updateKinds);
    connect(m_ui->kindFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setKind(m_ui->kindFilter->currentData().toString()); });
    connect(m_ui->problemsOnly, &QCheckBox::toggled, m_filter, &ValidationFilterProxy::setProblemsOnly);
    connect(m_ui->table->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &IstioConfigPage::updateDetails);
    connect(m_ui->validationDetails, &QTextBrowser::anchorClicked, this, &IstioConfigPage::linkActivated);
    connect(results, &AnalysisResults::reset, this, [this] {
        updateDetails();
        updateSummary();
    });
    connect(results, &AnalysisResults::changed, this, [this](const QSet<QString>& keys) {
        if (keys.contains(currentKey()))
            updateDetails();
        updateSummary();
    });
    updateSummary();
}

IstioConfigPage::~IstioConfigPage() = default;

ResourceTablePage* IstioConfigPage::table() const
{
    return m_ui->table;
}

QComboBox* IstioConfigPage::kindFilter() const
{
    return m_ui->kindFilter;
}

QCheckBox* IstioConfigPage::problemsOnly() const
{
    return m_ui->problemsOnly;
}

QTextBrowser* IstioConfigPage::details() const
{
    return m_ui->validationDetails;
}

void IstioConfigPage::updateKinds()
{
    QStringList kinds;
    for (int row = 0; row < m_objects->rowCount(); ++row) {
        const QString kind = m_objects->index(row, 0).data(KubeObjectModel::KindRole).toString();
        if (!kinds.contains(kind))
            kinds << kind;
    }
    kinds.sort();
    const QString current = m_filter->kind();
    QStringList shown;
    for (int i = 1; i < m_ui->kindFilter->count(); ++i)
        shown << m_ui->kindFilter->itemData(i).toString();
    if (shown == kinds && m_ui->kindFilter->count() > 0)
        return;
    const QSignalBlocker block(m_ui->kindFilter);
    m_ui->kindFilter->clear();
    m_ui->kindFilter->addItem(tr("All kinds"), QString());
    for (const QString& kind : std::as_const(kinds))
        m_ui->kindFilter->addItem(kind, kind);
    m_ui->kindFilter->setCurrentIndex(qMax(0, m_ui->kindFilter->findData(current)));
}

QString IstioConfigPage::currentKey() const
{
    const QModelIndex current = m_ui->table->table()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(KubeObjectModel::KeyRole).toString() : QString();
}

void IstioConfigPage::updateSummary()
{
    if (!m_results || !m_results->hasResults()) {
        m_ui->validationSummary->setText(tr("Analysing the configuration…"));
        return;
    }
    const AnalysisResults::Summary total = m_results->total();
    m_ui->validationSummary->setText(total.isEmpty()
            ? tr("No problems found in the mesh's configuration.")
            : tr("The mesh's configuration has %1, %2 and %3.")
                  .arg(tr("%n error(s)", nullptr, total.errors), tr("%n warning(s)", nullptr, total.warnings),
                      tr("%n info message(s)", nullptr, total.infos)));
}

namespace {

QString levelColor(Level level)
{
    switch (level) {
    case Level::Error:
        return QStringLiteral("#c9190b");
    case Level::Warning:
        return QStringLiteral("#b56a00");
    case Level::Info:
        break;
    }
    return QStringLiteral("#2b6cb0");
}

QString levelText(Level level)
{
    switch (level) {
    case Level::Error:
        return IstioConfigPage::tr("Error");
    case Level::Warning:
        return IstioConfigPage::tr("Warning");
    case Level::Info:
        break;
    }
    return IstioConfigPage::tr("Info");
}

QString levelSymbol(Level level)
{
    switch (level) {
    case Level::Error:
        return QString::fromUtf8("\u2716");
    case Level::Warning:
        return QString::fromUtf8("\u26a0");
    case Level::Info:
        break;
    }
    return QString::fromUtf8("\u2139");
}

// "VirtualService:ns/name" → "VirtualService ns/name".
QString keyLabel(const QString& key)
{
    QString label = key;
    const qsizetype colon = label.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        label[colon] = QLatin1Char(' ');
    return label;
}

} // namespace

void IstioConfigPage::updateDetails()
{
    const QString key = currentKey();
    if (key.isEmpty() || !m_results) {
        m_ui->validationDetails->clear();
        return;
    }
    if (!m_results->hasResults()) {
        m_ui->validationDetails->setHtml(tr("<p>The analysis has not finished yet.</p>"));
        return;
    }
    const AnalysisMessages messages = m_results->messagesFor(key);
    if (messages.isEmpty()) {
        m_ui->validationDetails->setHtml(
            QStringLiteral("<p><span style=\"color:#3e8635\">%1</span> %2</p>")
                .arg(QString::fromUtf8("\u2714"), tr("%1: no problems found.").arg(keyLabel(key).toHtmlEscaped())));
        return;
    }
    QString html;
    for (const AnalysisMessage& message : messages) {
        html += QStringLiteral("<p><b style=\"color:%1\">%2 %3 %4</b> &nbsp;%5")
                    .arg(levelColor(message.level()), levelSymbol(message.level()), levelText(message.level()),
                        message.code(), message.text().toHtmlEscaped());
        if (message.effectiveLine() > 0 && message.resource && !message.resource->file.isEmpty())
            html += QStringLiteral(" <i>(%1)</i>").arg(message.reference().toHtmlEscaped());
        if (!message.path.isEmpty())
            html += QStringLiteral(" <i>(%1)</i>").arg(message.path.toHtmlEscaped());
        html += QStringLiteral("<br><b>%1</b> %2")
                    .arg(tr("How to fix:"),
                        QCoreApplication::translate("meshscope::analysis::Fix", message.type->fix).toHtmlEscaped());
        QStringList links;
        for (const QString& related : message.related) {
            if (related != key)
                links << QStringLiteral("<a href=\"object:%1\">%2</a>")
                             .arg(related.toHtmlEscaped(), keyLabel(related).toHtmlEscaped());
        }
        if (!links.isEmpty())
            html += QStringLiteral("<br><b>%1</b> %2").arg(tr("Involves:"), links.join(QStringLiteral(", ")));
        html += QStringLiteral("<br><a href=\"%1\">%2</a> &middot; %3</p>")
                    .arg(message.type->documentationUrl().toHtmlEscaped(), tr("Reference documentation"),
                        message.analyzer.toHtmlEscaped());
    }
    m_ui->validationDetails->setHtml(html);
}

void IstioConfigPage::linkActivated(const QUrl& url)
{
    if (url.scheme() == QLatin1String("object")) {
        selectObject(url.path());
        return;
    }
    QDesktopServices::openUrl(url);
}

bool IstioConfigPage::selectObject(const QString& key)
{
    const auto find = [&]() -> QModelIndex {
        QAbstractItemModel* model = m_ui->table->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(KubeObjectModel::KeyRole).toString() == key)
                return index;
        }
        return {};
    };
    QModelIndex index = find();
    if (!index.isValid()) {
        // Hidden by this page's filters: show every kind and look again.
        m_ui->problemsOnly->setChecked(false);
        m_ui->kindFilter->setCurrentIndex(0);
        index = find();
    }
    if (!index.isValid())
        return false;
    m_ui->table->table()->setCurrentIndex(index);
    m_ui->table->table()->scrollTo(index);
    return true;
}

} // namespace meshscope
