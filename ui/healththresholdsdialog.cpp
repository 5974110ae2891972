#include "healththresholdsdialog.h"

#include "ui_healththresholdsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

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
    , m_ui(std::make_unique<Ui::HealthThresholdsDialog>())
{
    m_ui->setupUi(this);
    m_ui->healthTolerances->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_ui->healthButtons, &QDialogButtonBox::accepted, this, &HealthThresholdsDialog::accept);
    connect(m_ui->healthButtons, &QDialogButtonBox::rejected, this, &HealthThresholdsDialog::reject);
    connect(m_ui->healthAdd, &QPushButton::clicked, this, [this] {
        addRow({ QStringLiteral("5XX"), QStringLiteral("http"), QStringLiteral(".*"), 0, 10 });
        m_ui->healthTolerances->setCurrentCell(m_ui->healthTolerances->rowCount() - 1, Code);
    });
    connect(m_ui->healthRemove, &QPushButton::clicked, this, [this] {
        if (m_ui->healthTolerances->currentRow() >= 0)
            m_ui->healthTolerances->removeRow(m_ui->healthTolerances->currentRow());
    });
    connect(m_ui->healthDefaults, &QPushButton::clicked, this,
        [this] { setTolerances(graph::HealthConfig::defaultTolerances()); });
    setTolerances(tolerances);
    m_tolerances = tolerances;
}

HealthThresholdsDialog::~HealthThresholdsDialog() = default;

QTableWidget* HealthThresholdsDialog::table() const
{
    return m_ui->healthTolerances;
}

void HealthThresholdsDialog::setTolerances(const QList<graph::RateTolerance>& tolerances)
{
    m_ui->healthTolerances->setRowCount(0);
    for (const graph::RateTolerance& t : tolerances)
        addRow(t);
    m_ui->healthError->hide();
}

QList<graph::RateTolerance> HealthThresholdsDialog::tolerances() const
{
    return m_tolerances;
}

QString HealthThresholdsDialog::errorText() const
{
    return m_ui->healthError->isHidden() ? QString() : m_ui->healthError->text();
}

void HealthThresholdsDialog::addRow(const graph::RateTolerance& tolerance)
{
    const int row = m_ui->healthTolerances->rowCount();
    m_ui->healthTolerances->insertRow(row);
    const QStringList cells { tolerance.code, tolerance.protocol, tolerance.direction,
        QString::number(tolerance.degraded), QString::number(tolerance.failure) };
    for (int column = 0; column < ColumnCount; ++column)
        m_ui->healthTolerances->setItem(row, column, new QTableWidgetItem(cells[column]));
}

QString HealthThresholdsDialog::rowsAsText() const
{
    QStringList rows;
    for (int row = 0; row < m_ui->healthTolerances->rowCount(); ++row) {
        QStringList cells;
        for (int column : { Code, Degraded, Failure, Protocol, Direction }) {
            const QTableWidgetItem* item = m_ui->healthTolerances->item(row, column);
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
    for (int row = 0; row < m_ui->healthTolerances->rowCount() && error.isEmpty(); ++row) {
        for (int column : { Code, Protocol, Direction }) {
            const QTableWidgetItem* item = m_ui->healthTolerances->item(row, column);
            if (!item || item->text().trimmed().isEmpty())
                error = tr("row %1 has an empty cell").arg(row + 1);
        }
    }
    if (error.isEmpty() && parsed.size() != m_ui->healthTolerances->rowCount())
        error = tr("a cell contains a comma or a semicolon");
    if (error.isEmpty() && parsed.isEmpty())
        error = tr("there is no row (Kiali defaults puts its four back)");
    if (!error.isEmpty()) {
        m_ui->healthError->setText(tr("Not saved: %1. Each row needs a code, a protocol, a direction and numbers with "
                                      "Degraded % ≤ Failure % (or Failure % 0).")
                                       .arg(error));
        m_ui->healthError->show();
        return;
    }
    m_tolerances = parsed;
    QDialog::accept();
}

} // namespace meshscope
