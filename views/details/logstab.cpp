#include "logstab.h"

#include "views/overview/healthstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace meshscope {

using details::PodLogsModel;

namespace {

// Errors in the warning colour; the search text highlighted in the message.
class LogDelegate : public QStyledItemDelegate
{
public:
    LogDelegate(details::PodLogsFilter* filter, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_filter(filter)
    { }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (index.data(PodLogsModel::IsErrorRole).toBool())
            opt.palette.setColor(QPalette::Text, healthstyle::color(health::Status::Failure, option.palette));
        const QString search = m_filter->search();
        if (search.isEmpty() || index.column() != PodLogsModel::MessageColumn
            || !opt.text.contains(search, Qt::CaseInsensitive))
            return QStyledItemDelegate::paint(painter, opt, index);
        // Draw the cell without text, then the text with the matches marked.
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QString html;
        qsizetype from = 0;
        const QColor mark = healthstyle::color(health::Status::Degraded, option.palette);
        for (qsizetype at = text.indexOf(search, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(search, from, Qt::CaseInsensitive)) {
            html += text.mid(from, at - from).toHtmlEscaped();
            html += QStringLiteral("<span style=\"background:%1\">%2</span>")
                        .arg(mark.name(), text.mid(at, search.size()).toHtmlEscaped());
            from = at + search.size();
        }
        html += text.mid(from).toHtmlEscaped();
        QTextDocument document;
        document.setDefaultFont(opt.font);
        document.setDocumentMargin(2);
        document.setHtml(QStringLiteral("<span style=\"color:%1; white-space:pre\">%2</span>")
                             .arg(opt.palette.color(QPalette::Text).name(), html));
        painter->save();
        painter->translate(opt.rect.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
        document.drawContents(painter);
        painter->restore();
    }

private:
    details::PodLogsFilter* m_filter;
};

} // namespace

LogsTab::LogsTab(PodLogsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new details::PodLogsFilter(this))
    , m_pod(new QComboBox(this))
    , m_containerBox(new QWidget(this))
    , m_tail(new QSpinBox(this))
    , m_since(new QComboBox(this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_search(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_pod->setObjectName(QStringLiteral("podCombo"));
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_table->setObjectName(QStringLiteral("logTable"));
    m_tail->setRange(10, 5000);
    m_tail->setValue(300);
    m_tail->setPrefix(tr("last "));
    m_tail->setSuffix(tr(" lines"));
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Last 5 minutes"), 300);
    m_since->addItem(tr("Last hour"), 3600);
    m_follow->setChecked(true);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    new QHBoxLayout(m_containerBox);
    m_containerBox->layout()->setContentsMargins(0, 0, 0, 0);
    m_filter->setSourceModel(model);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new LogDelegate(m_filter, m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setFont(QFont(QStringLiteral("monospace")));
    for (int column : { PodLogsModel::TimeColumn, PodLogsModel::ContainerColumn, PodLogsModel::CodeColumn,
             PodLogsModel::FlagsColumn, PodLogsModel::DurationColumn })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(PodLogsModel::UpstreamColumn, 320);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_pod, 1);
    controls->addWidget(m_containerBox);
    controls->addWidget(m_tail);
    controls->addWidget(m_since);
    controls->addWidget(m_follow);
    controls->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_pod, &QComboBox::currentIndexChanged, this, [this] {
        updateContainers();
        emitQuery();
    });
    connect(m_tail, &QSpinBox::editingFinished, this, &LogsTab::emitQuery);
    connect(m_since, &QComboBox::currentIndexChanged, this, &LogsTab::emitQuery);
    connect(m_follow, &QCheckBox::toggled, this, &LogsTab::emitQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearch(text);
        m_table->viewport()->update();
    });
    // Following: keep the newest line in view unless the user scrolled up.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            QTimer::singleShot(0, m_table, &QTableView::scrollToBottom);
    });
}

void LogsTab::setPods(const QString& ns, const QList<std::pair<QString, QStringList>>& pods)
{
    QStringList names, oldNames;
    for (const auto& pod : pods)
        names.append(pod.first);
    for (const auto& pod : std::as_const(m_pods))
        oldNames.append(pod.first);
    m_namespace = ns;
    m_pods = pods;
    if (names == oldNames)
        return;
    const QString current = m_pod->currentText();
    QSignalBlocker block(m_pod);
    m_pod->clear();
    m_pod->addItems(names);
    m_pod->setCurrentIndex(std::max(0, int(names.indexOf(current))));
    updateContainers();
    emitQuery();
}

void LogsTab::updateContainers()
{
    qDeleteAll(m_containers);
    m_containers.clear();
    const QStringList containers = m_pods.value(m_pod->currentIndex()).second;
    for (const QString& container : containers) {
        auto* box = new QCheckBox(container, m_containerBox);
        box->setChecked(true);
        m_containerBox->layout()->addWidget(box);
        m_containers.append(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            QStringList hidden;
            for (QCheckBox* c : std::as_const(m_containers)) {
                if (!c->isChecked())
                    hidden.append(c->text());
            }
            m_filter->setHiddenContainers(hidden);
        });
    }
    m_filter->setHiddenContainers({});
}

details::LogQuery LogsTab::query() const
{
    details::LogQuery q;
    q.namespace_ = m_namespace;
    q.pod = m_pod->currentText();
    q.containers = m_pods.value(m_pod->currentIndex()).second;
    q.tailLines = m_tail->value();
    q.sinceSeconds = m_since->currentData().toInt();
    q.follow = m_follow->isChecked();
    return q;
}

void LogsTab::emitQuery()
{
    if (m_pod->currentText().isEmpty())
        return setMessage(tr("No pods to read logs from."));
    setMessage({});
    emit logQueryChanged(query());
}

void LogsTab::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace meshscope
