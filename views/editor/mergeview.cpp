#include "views/editor/mergeview.h"

#include "models/config/yamlwriter.h"
#include "views/editor/yamleditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meshscope {

namespace {
QString shortValue(const QJsonValue& value)
{
    if (value.isUndefined())
        return MergeView::tr("(not set)");
    const QString text = config::toYaml(value).trimmed();
    return text.size() > 120 ? text.left(117) + QStringLiteral("…") : text;
}
} // namespace

MergeView::MergeView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_preview(new YamlEditor(this))
    , m_accept(new QPushButton(tr("Use the merged result"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("mergeConflicts"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        { tr("Field"), tr("Base (when you opened it)"), tr("Theirs (live now)"), tr("Yours (your edit)"), tr("Keep") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_accept->setObjectName(QStringLiteral("mergeAccept"));
    m_accept->setDefault(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_accept);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, [this] { emit accepted(m_merge); });
    connect(m_cancel, &QPushButton::clicked, this, &MergeView::cancelled);
}

void MergeView::setMerge(const config::MergeResult& merge, const QString& title)
{
    m_merge = merge;
    m_summary->setText(tr("<b>%1 changed in the cluster while you were editing it.</b> %2 change(s) of theirs and %3 "
                          "of yours did not overlap and are merged. Choose what to keep for the %4 field(s) both "
                          "changed; the result below is what will be applied (after a dry run).")
                           .arg(title.toHtmlEscaped())
                           .arg(merge.autoMergedFromTheirs)
                           .arg(merge.autoMergedFromYours)
                           .arg(merge.conflicts.size()));
    m_table->setRowCount(int(merge.conflicts.size()));
    for (int row = 0; row < merge.conflicts.size(); ++row) {
        const config::MergeConflict& conflict = merge.conflicts.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(conflict.path.toString()));
        m_table->setItem(row, 1, new QTableWidgetItem(shortValue(conflict.base)));
        m_table->setItem(row, 2, new QTableWidgetItem(shortValue(conflict.theirs)));
        m_table->setItem(row, 3, new QTableWidgetItem(shortValue(conflict.yours)));
        auto* chooser = new QComboBox(m_table);
        chooser->addItem(tr("Yours"), int(config::MergeConflict::Pick::Yours));
        chooser->addItem(tr("Theirs"), int(config::MergeConflict::Pick::Theirs));
        chooser->addItem(tr("Base"), int(config::MergeConflict::Pick::Base));
        chooser->setCurrentIndex(chooser->findData(int(conflict.pick)));
        connect(chooser, &QComboBox::currentIndexChanged, this,
            [this, row, chooser] { pick(row, config::MergeConflict::Pick(chooser->currentData().toInt())); });
        m_table->setCellWidget(row, 4, chooser);
    }
    m_table->resizeRowsToContents();
    updatePreview();
}

void MergeView::pick(int row, config::MergeConflict::Pick pick)
{
    if (row < 0 || row >= m_merge.conflicts.size())
        return;
    m_merge.conflicts[row].pick = pick;
    if (auto* chooser = qobject_cast<QComboBox*>(m_table->cellWidget(row, 4));
        chooser && chooser->currentData().toInt() != int(pick))
        chooser->setCurrentIndex(chooser->findData(int(pick)));
    updatePreview();
}

void MergeView::updatePreview()
{
    m_preview->setText(config::toYaml(config::resolveConflicts(m_merge)));
}

} // namespace meshscope
