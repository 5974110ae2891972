#include "healththresholdsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meshscope {

namespace {

enum Column
{
    Code,
    Protocol,
    Direction,
    Degraded,
    Failure,
    ColumnCount
};

} // namespace

HealthThresholdsDialog::HealthThresholdsDialog(const QList<graph::RateTolerance>& tolerances, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("healthThresholdsDialog"));
    setWindowTitle(tr("Health thresholds"));
    auto* intro = new QLabel(tr("A node or edge is <b>Failure</b> when the share of its requests with a matching "
                                "response code reaches Failure %, and <b>Degraded</b> when it reaches Degraded % "
                                "(0: any share). Codes are Kiali's patterns: 5XX, 4XX, - (no response) or a regular "
                                "expression such as ^[1-9]$|^1[0-6]$ for gRPC errors; protocol and direction are "
                                "regular expressions (http, grpc, http|grpc; inbound, outbound, .*)."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("healthTolerances"));
    m_table->setHorizontalHeaderLabels(
        { tr("Code"), tr("Protocol"), tr("Direction"), tr("Degraded %"), tr("Failure %") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_error->setObjectName(QStringLiteral("healthError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c9190b"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* add = new QPushButton(tr("Add row"), this);
    add->setObjectName(QStringLiteral("healthAdd"));
    auto* remove = new QPushButton(tr("Remove row"), this);
    remove->setObjectName(QStringLiteral("healthRemove"));
    auto* defaults = new QPushButton(tr("Kiali defaults"), this);
    defaults->setObjectName(QStringLiteral("healthDefaults"));
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(defaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &HealthThresholdsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HealthThresholdsDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({ QStringLiteral("5XX"), QStringLiteral("http"), QStringLiteral(".*"), 0, 10 });
        m_table->setCurrentCell(m_table->rowCount() - 1, Code);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(defaults, &QPushButton::clicked, this, [this] { setTolerances(graph::HealthConfig::defaultTolerances()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 360);
    setTolerances(tolerances);
    m_tolerances = tolerances;
}

void HealthThresholdsDialog::setTolerances(const QList<graph::RateTolerance>& tolerances)
{
    m_table->setRowCount(0);
    for (const graph::RateTolerance& t : tolerances)
        addRow(t);
    m_error->hide();
}

QList<graph::RateTolerance> HealthThresholdsDialog::tolerances() const
{
    return m_tolerances;
}

QString HealthThresholdsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HealthThresholdsDialog::addRow(const graph::RateTolerance& tolerance)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells { tolerance.code, tolerance.protocol, tolerance.direction,
        QString::number(tolerance.degraded), QString::number(tolerance.failure) };
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

QString HealthThresholdsDialog::rowsAsText() const
{
    QStringList rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int column : { Code, Degraded, Failure, Protocol, Direction }) {
            const QTableWidgetItem* item = m_table->item(row, column);
            cells << (item ? item->text().trimmed() : QString());
        }
        rows << cells.join(QLatin1Char(','));
    }
    return rows.join(QLatin1Char(';'));
}

void HealthThresholdsDialog::accept()
{
    QString error;
    const QList<graph::RateTolerance> parsed = graph::parseTolerances(rowsAsText(), &error);
    for (int row = 0; row < m_table->rowCount() && error.isEmpty(); ++row) {
        for (int column : { Code, Protocol, Direction }) {
            const QTableWidgetItem* item = m_table->item(row, column);
            if (!item || item->text().trimmed().isEmpty())
                error = tr("row %1 has an empty cell").arg(row + 1);
        }
    }
    if (error.isEmpty() && parsed.size() != m_table->rowCount())
        error = tr("a cell contains a comma or a semicolon");
    if (error.isEmpty() && parsed.isEmpty())
        error = tr("there is no row (Kiali defaults puts its four back)");
    if (!error.isEmpty()) {
        m_error->setText(tr("Not saved: %1. Each row needs a code, a protocol, a direction and numbers with "
                            "Degraded % ≤ Failure % (or Failure % 0).")
                             .arg(error));
        m_error->show();
        return;
    }
    m_tolerances = parsed;
    QDialog::accept();
}

} // namespace meshscope
