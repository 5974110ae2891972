#pragma once

#include "analysisresource.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace meshscope::analysis {

class Snapshot;

// What an object's findings can depend on, for re-analysing only what a change affects. Each object gets tokens
// for what it is about: its namespace ("ns:shop"), the hosts it provides or refers to ("h:checkout.shop.svc.cluster.
// local", which also names the host's namespace), the namespaces its policies name, the addresses it claims. Two
// objects can only affect each other's findings when they share a token. Objects that can affect anything — the
// Istio and root namespaces' objects, cluster-scoped ones, Namespaces, gateways, wildcard hosts, the mesh
// configuration — are global: a change to one re-runs the analyzers reading its kind in full, and every partial
// run sees them.
struct DependencyTokens
{
    QStringList tokens;
    bool global = false;
};

// istioNamespace and rootNamespace: the namespaces whose objects apply mesh-wide.
DependencyTokens dependencyTokens(
    const Resource& resource, const QString& istioNamespace, const QString& rootNamespace);

// The identity of an object across snapshots: cluster, kind, namespace and name.
QString subjectKey(const Resource& resource);

// Every object of a snapshot by token, kept up to date as objects change, to find what a change affects and what a
// partial analysis of those objects must see.
class DependencyIndex
{
public:
    void rebuild(const Snapshot& snapshot);
    void remove(const ResourcePtr& resource);
    void add(const ResourcePtr& resource);
    bool isEmpty() const { return m_tokens.isEmpty(); }

    const DependencyTokens& tokensOf(const Resource& resource) const;
    // The shared pointer of an object in the index (null when it is not).
    ResourcePtr pointer(const Resource* resource) const;
    // The objects sharing a token with any of tokens (global objects only when they do).
    void collect(const QSet<QString>& tokens, QSet<const Resource*>* into) const;
    const QList<ResourcePtr>& globals() const { return m_globals; }

private:
    QString m_istioNamespace;
    QString m_rootNamespace;
    struct Entry
    {
        ResourcePtr resource;
        DependencyTokens tokens;
    };
    QHash<const Resource*, Entry> m_tokens;
    QHash<QString, QList<ResourcePtr>> m_byToken;
    QList<ResourcePtr> m_globals;
};

} // namespace meshscope::analysis
