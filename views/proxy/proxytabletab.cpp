#include "proxytabletab.h"

#include "models/proxy/protojson.h"
#include "models/proxy/proxytablemodel.h"
#include "tonedelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace meshscope {
namespace {

proxystyle::Tone toneOfSeverity(const QModelIndex& index)
{
    switch (ProxyTableRow::Severity(index.data(ProxyTableModel::SeverityRole).toInt())) {
    case ProxyTableRow::Severity::Good:
        return proxystyle::Tone::Good;
    case ProxyTableRow::Severity::Warning:
        return proxystyle::Tone::Warning;
    case ProxyTableRow::Severity::Bad:
        return proxystyle::Tone::Bad;
    case ProxyTableRow::Severity::None:
        break;
    }
    return proxystyle::Tone::Neutral;
}

} // namespace

ProxyTableTab::ProxyTableTab(ProxyTableModel* model, const QList<Field>& fields, bool problemsFilter, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ProxyRowFilter(this))
    , m_fields(fields)
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_json(new QPlainTextEdit(this))
    , m_debounce(new QTimer(this))
{
    m_filter->setSourceModel(model);
    m_filter->setProblemTest([](int row, const QAbstractItemModel* source) {
        const int severity = source->index(row, 0).data(ProxyTableModel::SeverityRole).toInt();
        bool problem = false;
        for (int column = 0; column < source->columnCount() && !problem; ++column) {
            const auto value
                = ProxyTableRow::Severity(source->index(row, column).data(ProxyTableModel::SeverityRole).toInt());
            problem = value == ProxyTableRow::Severity::Warning || value == ProxyTableRow::Severity::Bad;
        }
        return problem || severity >= int(ProxyTableRow::Severity::Warning);
    });

    auto* bar = new QHBoxLayout;
    for (const Field& field : fields) {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(field.placeholder);
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(170);
        edit->setObjectName(field.placeholder.toLower().remove(QLatin1Char(' ')) + QStringLiteral("Filter"));
        m_fieldEdits << edit;
        bar->addWidget(edit);
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    }
    m_text->setPlaceholderText(tr("Filter by any column…"));
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("textFilter"));
    bar->addWidget(m_text, 1);
    if (problemsFilter) {
        m_problems = new QCheckBox(tr("Only problems"), this);
        m_problems->setObjectName(QStringLiteral("problemsFilter"));
        bar->addWidget(m_problems);
        connect(m_problems, &QCheckBox::toggled, m_filter, &ProxyRowFilter::setOnlyProblems);
    }
    m_count->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_count);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // istioctl's order until the user sorts
    auto* delegate = new ToneDelegate(toneOfSeverity, false, this);
    delegate->setLinkRole(ProxyTableModel::LinkKindRole);
    m_table->setItemDelegate(delegate);

    m_json->setReadOnly(true);
    m_json->setObjectName(QStringLiteral("resourceJson"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlaceholderText(tr("Select a row to see its resource."));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_filter->setText(m_text->text());
        for (int i = 0; i < m_fields.size(); ++i)
            m_filter->setColumnFilter(m_fields.at(i).column, m_fieldEdits.at(i)->text(), m_fields.at(i).match);
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, this, &ProxyTableTab::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProxyTableTab::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ProxyTableTab::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProxyTableTab::sizeColumnsOnce);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProxyTableTab::sizeColumnsOnce);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProxyTableTab::showSelection);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString kind = index.data(ProxyTableModel::LinkKindRole).toString();
        if (!kind.isEmpty())
            emit linkActivated(kind, index.data(ProxyTableModel::LinkTargetRole).toString());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ProxyTableTab::contextMenu);
    updateCount();
}

void ProxyTableTab::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

int ProxyTableTab::shownRows() const
{
    return m_filter->rowCount();
}

void ProxyTableTab::sizeColumnsOnce()
{
    if (m_sized || m_model->rowCount() == 0)
        return;
    m_sized = true;
    // Size by the header and the first rows only: measuring 20,000 rows would stall the page.
    const QFontMetrics metrics = m_table->fontMetrics();
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 36;
        for (int row = 0; row < std::min(60, m_model->rowCount()); ++row)
            width = std::max(width, metrics.horizontalAdvance(m_model->index(row, column).data().toString()) + 32);
        m_table->setColumnWidth(column, std::min(width, 420));
    }
}

void ProxyTableTab::showSelection()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_json->clear();
        return;
    }
    const JsonRef json = m_model->rowAt(current.row()).json;
    m_json->setPlainText(json.isValid() ? QString::fromStdString(protojson::protojsonMultiline(json)) : QString());
}

void ProxyTableTab::contextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const QModelIndex source = m_filter->mapToSource(index);
    const ProxyTableRow& row = m_model->rowAt(source.row());
    for (const auto& [column, link] : row.links.all()) {
        const auto [kind, target] = link;
        menu.addAction(tr("Go to %1 %2").arg(kind, target), this,
            [this, kind = kind, target = target] { emit linkActivated(kind, target); });
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(
        tr("Copy cell"), this, [text = index.data().toString()] { QApplication::clipboard()->setText(text); });
    menu.addAction(tr("Copy row"), this,
        [cells = row.cells] { QApplication::clipboard()->setText(cells.join(QLatin1Char('\t'))); });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void ProxyTableTab::showOnly(int column, const QString& value)
{
    m_text->clear();
    if (m_problems)
        m_problems->setChecked(false);
    for (int i = 0; i < m_fields.size(); ++i) {
        QSignalBlocker block(m_fieldEdits.at(i));
        m_fieldEdits.at(i)->setText(m_fields.at(i).column == column ? value : QString());
        m_filter->setColumnFilter(m_fields.at(i).column, m_fieldEdits.at(i)->text(), m_fields.at(i).match);
    }
    bool hasField = false;
    for (const Field& field : m_fields)
        hasField |= field.column == column;
    {
        QSignalBlocker block(m_text);
        m_text->setText(hasField ? QString() : value); // no field for that column: the free-text filter
    }
    m_filter->setText(m_text->text());
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    updateCount();
}

bool ProxyTableTab::selectKey(const QString& key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

} // namespace meshscope
