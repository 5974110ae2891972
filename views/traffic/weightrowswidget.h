#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace meshscope {

// One version's row as the Shift traffic dialog shows it. The dialog owns the numbers (a traffic::WeightSplit and
// the live split); this widget only renders them and reports what the user asked for.
struct WeightRowView
{
    QString version;
    int pods = 0;
    int readyPods = 0;
    QString workloads; // tooltip
    int weight = 0;
    int minimum = 0;
    int maximum = 100;
    bool locked = false;
    bool mirrored = false; // the mirror target: its weight is 0 and not editable
    double liveShare = qQNaN(); // percent of the requests now; NaN: unknown
    double liveErrorPercent = qQNaN();
    double liveP95Ms = qQNaN();
    QString problem; // e.g. "no pods": shown in the row, weight must stay 0
};

// Rows of version | pods | share now | errors | p95 | slider | spin box | lock | "100 %". Sliders and spin boxes
// ask (weightRequested); the dialog applies the arithmetic and calls setRows() with the result.
class WeightRowsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WeightRowsWidget(QWidget* parent = nullptr);

    void setRows(const QList<WeightRowView>& rows);
    void setEditable(bool editable);
    int rowCount() const { return int(m_rows.size()); }

    // For tests and the dialog's keyboard focus.
    QSlider* slider(int row) const;
    QSpinBox* spinBox(int row) const;
    QToolButton* lockButton(int row) const;
    QToolButton* allButton(int row) const;
    QString shareText(int row) const; // the "share now" cell

signals:
    void weightRequested(int row, int weight);
    void lockToggled(int row, bool locked);
    void allToRequested(int row);

private:
    struct RowWidgets
    {
        QLabel* version;
        QLabel* pods;
        QLabel* share;
        QLabel* errors;
        QLabel* p95;
        QSlider* slider;
        QSpinBox* spin;
        QToolButton* lock;
        QToolButton* all;
    };
    void rebuild(const QList<WeightRowView>& rows);
    void update(int row, const WeightRowView& view);

    QGridLayout* m_grid;
    QList<RowWidgets> m_rows;
    QStringList m_versions;
    QList<WeightRowView> m_views; // as last set: setEditable re-applies them (locks and mirrors stay disabled)
    bool m_editable = true;
};

} // namespace meshscope
