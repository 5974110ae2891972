// The Shift traffic dialog's other wizards: request routing rules, fault injection, timeouts and retries.

#include "trafficshiftdialog.h"
#include "ui_trafficshiftdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

namespace meshscope {

using namespace traffic;

namespace {

enum RuleColumn
{
    MatchColumn,
    HeaderColumn,
    ValueColumn,
    VersionColumn,
    ColumnCount,
};

struct MatchKind
{
    RoutingRule::Field field;
    RoutingRule::Operator op;
};

const QList<MatchKind> matchKinds { { RoutingRule::Field::Header, RoutingRule::Operator::Exact },
    { RoutingRule::Field::Header, RoutingRule::Operator::Prefix },
    { RoutingRule::Field::Header, RoutingRule::Operator::Regex },
    { RoutingRule::Field::Uri, RoutingRule::Operator::Exact },
    { RoutingRule::Field::Uri, RoutingRule::Operator::Prefix },
    { RoutingRule::Field::Uri, RoutingRule::Operator::Regex } };

} // namespace

void TrafficShiftDialog::setUpWizardTabs()
{
    QTableWidget* table = m_ui->rulesTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({ tr("Match"), tr("Header"), tr("Value"), tr("Version") });
    table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    connect(m_ui->addRuleButton, &QPushButton::clicked, this, &TrafficShiftDialog::addRule);
    connect(m_ui->removeRuleButton, &QPushButton::clicked, this, &TrafficShiftDialog::removeRule);
    connect(m_ui->ruleUpButton, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_ui->ruleDownButton, &QPushButton::clicked, this, [this] { moveRule(1); });
    for (QCheckBox* check : { m_ui->delayCheck, m_ui->abortCheck })
        connect(check, &QCheckBox::toggled, this, &TrafficShiftDialog::inputChanged);
    for (QDoubleSpinBox* spin : { m_ui->delayPercent, m_ui->abortPercent })
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TrafficShiftDialog::inputChanged);
    for (QSpinBox* spin : { m_ui->abortStatus, m_ui->retriesSpin })
        connect(spin, &QSpinBox::valueChanged, this, &TrafficShiftDialog::inputChanged);
    for (QLineEdit* edit : { m_ui->delayDuration, m_ui->timeoutEdit, m_ui->perTryEdit, m_ui->retryOnEdit })
        connect(edit, &QLineEdit::textChanged, this, &TrafficShiftDialog::inputChanged);
}

void TrafficShiftDialog::addRule()
{
    QTableWidget* table = m_ui->rulesTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* match = new QComboBox(table);
    match->addItems({ tr("header is"), tr("header starts with"), tr("header matches regex"), tr("URI is"),
        tr("URI starts with"), tr("URI matches regex") });
    connect(match, &QComboBox::currentIndexChanged, this, &TrafficShiftDialog::inputChanged);
    table->setCellWidget(row, MatchColumn, match);
    auto* header = new QLineEdit(QStringLiteral("end-user"), table);
    auto* value = new QLineEdit(table);
    value->setPlaceholderText(tr("value to match"));
    for (QLineEdit* edit : { header, value })
        connect(edit, &QLineEdit::textChanged, this, &TrafficShiftDialog::inputChanged);
    table->setCellWidget(row, HeaderColumn, header);
    table->setCellWidget(row, ValueColumn, value);
    auto* version = new QComboBox(table);
    for (const VersionInfo& info : m_inventory.versions)
        version->addItem(info.name);
    connect(version, &QComboBox::currentIndexChanged, this, &TrafficShiftDialog::inputChanged);
    table->setCellWidget(row, VersionColumn, version);
    table->selectRow(row);
    inputChanged();
}

void TrafficShiftDialog::removeRule()
{
    const int row = m_ui->rulesTable->currentRow();
    if (row < 0)
        return;
    m_ui->rulesTable->removeRow(row);
    inputChanged();
}

void TrafficShiftDialog::moveRule(int delta)
{
    QTableWidget* table = m_ui->rulesTable;
    const int row = table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= table->rowCount())
        return;
    // Swap the two rows' values (the cell widgets stay where they are).
    auto swapCombo = [&](int column) {
        auto* a = static_cast<QComboBox*>(table->cellWidget(row, column));
        auto* b = static_cast<QComboBox*>(table->cellWidget(target, column));
        const int index = a->currentIndex();
        a->setCurrentIndex(b->currentIndex());
        b->setCurrentIndex(index);
    };
    auto swapEdit = [&](int column) {
        auto* a = static_cast<QLineEdit*>(table->cellWidget(row, column));
        auto* b = static_cast<QLineEdit*>(table->cellWidget(target, column));
        const QString text = a->text();
        a->setText(b->text());
        b->setText(text);
    };
    swapCombo(MatchColumn);
    swapEdit(HeaderColumn);
    swapEdit(ValueColumn);
    swapCombo(VersionColumn);
    table->selectRow(target);
    inputChanged();
}

QList<RoutingRule> TrafficShiftDialog::rules(QString* error) const
{
    QList<RoutingRule> list;
    const QTableWidget* table = m_ui->rulesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto* match = static_cast<QComboBox*>(table->cellWidget(row, MatchColumn));
        RoutingRule rule;
        const MatchKind kind = matchKinds.value(match->currentIndex());
        rule.field = kind.field;
        rule.op = kind.op;
        rule.header = static_cast<QLineEdit*>(table->cellWidget(row, HeaderColumn))->text().trimmed();
        rule.value = static_cast<QLineEdit*>(table->cellWidget(row, ValueColumn))->text();
        rule.version = static_cast<QComboBox*>(table->cellWidget(row, VersionColumn))->currentText();
        if (rule.value.isEmpty() && error->isEmpty())
            *error = tr("Rule %1 has no value to match.").arg(row + 1);
        list << rule;
    }
    return list;
}

FaultRequest TrafficShiftDialog::faultRequest() const
{
    FaultRequest fault;
    fault.delay = m_ui->delayCheck->isChecked();
    fault.delayPercent = m_ui->delayPercent->value();
    fault.fixedDelay = m_ui->delayDuration->text().trimmed();
    fault.abort = m_ui->abortCheck->isChecked();
    fault.abortPercent = m_ui->abortPercent->value();
    fault.httpStatus = m_ui->abortStatus->value();
    return fault;
}

TimeoutRequest TrafficShiftDialog::timeoutRequest() const
{
    TimeoutRequest request;
    request.timeout = m_ui->timeoutEdit->text().trimmed();
    request.attempts = m_ui->retriesSpin->value();
    request.perTryTimeout = m_ui->perTryEdit->text().trimmed();
    request.retryOn = m_ui->retryOnEdit->text().trimmed();
    return request;
}

void TrafficShiftDialog::refreshVersionChoices()
{
    QTableWidget* table = m_ui->rulesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto* version = static_cast<QComboBox*>(table->cellWidget(row, VersionColumn));
        const QString chosen = version->currentText();
        const QSignalBlocker block(version);
        version->clear();
        for (const VersionInfo& info : m_inventory.versions)
            version->addItem(info.name);
        version->setCurrentIndex(std::max(0, version->findText(chosen)));
    }
}

} // namespace meshscope
