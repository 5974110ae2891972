#include "jsontreeview.h"

#include "models/proxy/jsontreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace meshscope {

JsonTreeView::JsonTreeView(QWidget* parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search keys and values…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("jsonSearch"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(0, 320);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &JsonTreeView::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { showMatch(1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showMatch(1); });
    connect(m_previous, &QToolButton::clicked, this, [this] { showMatch(-1); });
}

JsonTreeView::~JsonTreeView() = default;

void JsonTreeView::setIndex(std::shared_ptr<const JsonTreeIndex> index)
{
    m_model->setIndex(std::move(index));
    // The config dump's sections one level open: what a reader wants first.
    m_tree->expandToDepth(1);
    search();
}

void JsonTreeView::search()
{
    m_matches.clear();
    m_current = -1;
    const QString text = m_search->text().trimmed();
    const std::shared_ptr<const JsonTreeIndex> index = m_model->treeIndex();
    if (text.isEmpty() || !index) {
        m_count->clear();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    m_count->setText(tr("searching…"));
    m_jobs.run(
        this, QStringLiteral("search"), [index, text] { return findJsonNodes(*index, text); },
        [this](std::vector<std::uint32_t> found) {
            m_matches = std::move(found);
            m_previous->setEnabled(!m_matches.empty());
            m_next->setEnabled(!m_matches.empty());
            m_count->setText(m_matches.empty() ? tr("no match") : tr("%n match(es)", nullptr, int(m_matches.size())));
            if (!m_matches.empty())
                showMatch(1);
        });
}

void JsonTreeView::showMatch(int step)
{
    if (m_matches.empty())
        return;
    m_current = (m_current + step + int(m_matches.size())) % int(m_matches.size());
    const QModelIndex index = m_model->indexOfNode(m_matches[std::size_t(m_current)]);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

} // namespace meshscope
