#pragma once

#include "models/details/podlogsfetcher.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace meshscope {

// A detail page's Logs tab: one pod's app and istio-proxy containers side by side, interleaved by time, with
// tail/since/follow, search with highlighting, and Envoy access-log lines in columns (code, flags, upstream
// cluster, duration). Renders the model it is given; asks for logs with logQueryChanged.
class LogsTab : public QWidget
{
    Q_OBJECT
public:
    explicit LogsTab(details::PodLogsModel* model, QWidget* parent = nullptr);

    // The pods to choose from, each with its containers.
    void setPods(const QString& ns, const QList<std::pair<QString, QStringList>>& pods);
    details::LogQuery query() const;
    void setMessage(const QString& text);
    QTableView* table() const { return m_table; }
    details::PodLogsFilter* filter() const { return m_filter; }

signals:
    void logQueryChanged(const meshscope::details::LogQuery& query);

private:
    void emitQuery();
    void updateContainers();

    details::PodLogsModel* m_model;
    details::PodLogsFilter* m_filter;
    QString m_namespace;
    QList<std::pair<QString, QStringList>> m_pods;
    QComboBox* m_pod;
    QWidget* m_containerBox;
    QList<QCheckBox*> m_containers;
    QSpinBox* m_tail;
    QComboBox* m_since;
    QCheckBox* m_follow;
    QLineEdit* m_search;
    QLabel* m_message;
    QTableView* m_table;
};

} // namespace meshscope
