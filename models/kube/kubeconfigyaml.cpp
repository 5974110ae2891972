#include "kubeconfigyaml.h"

#include <QCoreApplication>
#include <QHash>
#include <vector>
#include <yaml.h>

namespace meshscope {
namespace {

struct KubeconfigYamlText
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigYaml)
};

// kubectl's (go-yaml's) limits: deeper nesting and more alias expansion than this are refused.
constexpr int maxDepth = 10000;
constexpr qint64 maxExpandedNodes = 4'000'000;

// libyaml's events, owned for the duration of one loop iteration.
class Event
{
public:
    ~Event()
    {
        if (m_valid)
            yaml_event_delete(&m_event);
    }
    bool next(yaml_parser_t* parser)
    {
        if (m_valid)
            yaml_event_delete(&m_event);
        m_valid = yaml_parser_parse(parser, &m_event) != 0;
        return m_valid;
    }
    const yaml_event_t& get() const { return m_event; }

private:
    yaml_event_t m_event {};
    bool m_valid = false;
};

QString text(const yaml_char_t* bytes, size_t length)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(bytes), qsizetype(length));
}

QString text(const yaml_char_t* bytes)
{
    return bytes ? QString::fromUtf8(reinterpret_cast<const char*>(bytes)) : QString();
}

bool isNullScalar(const yaml_event_t& event)
{
    if (event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || event.data.scalar.tag)
        return false;
    const QByteArray value(reinterpret_cast<const char*>(event.data.scalar.value), qsizetype(event.data.scalar.length));
    return value.isEmpty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

// How many nodes a subtree expands to (aliases counted in full), for the alias-bomb bound.
struct Frame
{
    std::shared_ptr<YamlNode> node;
    QString pendingKey; // Map: the key waiting for its value
    bool haveKey = false;
    qint64 expanded = 1;
    QString anchor;
};

} // namespace

YamlNode::~YamlNode()
{
    // Children whose last owner is this node are taken apart here, level by level, instead of recursively.
    std::vector<std::shared_ptr<YamlNode>> pending;
    for (auto& item : items)
        pending.push_back(std::move(item));
    for (auto& entry : entries)
        pending.push_back(std::move(entry.second));
    items.clear();
    entries.clear();
    while (!pending.empty()) {
        std::shared_ptr<YamlNode> node = std::move(pending.back());
        pending.pop_back();
        if (node && node.use_count() == 1) {
            for (auto& item : node->items)
                pending.push_back(std::move(item));
            for (auto& entry : node->entries)
                pending.push_back(std::move(entry.second));
            node->items.clear();
            node->entries.clear();
        }
    }
}

const YamlNode* YamlNode::value(QAnyStringView key) const
{
    for (const auto& [name, node] : entries) {
        if (QAnyStringView(name) == key)
            return node.get();
    }
    return nullptr;
}

QString YamlNode::typeName() const
{
    switch (type) {
    case Type::Null:
        return KubeconfigYamlText::tr("empty");
    case Type::Scalar:
        return KubeconfigYamlText::tr("a string");
    case Type::Sequence:
        return KubeconfigYamlText::tr("a list");
    case Type::Map:
        return KubeconfigYamlText::tr("a map");
    }
    return {};
}

std::optional<bool> YamlNode::boolean() const
{
    if (type != Type::Scalar || !plain)
        return std::nullopt;
    static const QStringList yes { QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("yes"),
        QStringLiteral("Yes"), QStringLiteral("YES"), QStringLiteral("true"), QStringLiteral("True"),
        QStringLiteral("TRUE"), QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON") };
    static const QStringList no { QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("no"), QStringLiteral("No"),
        QStringLiteral("NO"), QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
        QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF") };
    if (yes.contains(scalar))
        return true;
    if (no.contains(scalar))
        return false;
    return std::nullopt;
}

YamlDocument parseYaml(const QByteArray& bytes)
{
    YamlDocument document;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        document.error = KubeconfigYamlText::tr("yaml: out of memory");
        return document;
    }
    yaml_parser_set_input_string(
        &parser, reinterpret_cast<const unsigned char*>(bytes.constData()), size_t(bytes.size()));
    const auto fail = [&](const QString& message, int line, int column) {
        document.root.reset();
        document.errorLine = line;
        document.errorColumn = column;
        document.problem = message;
        document.error = KubeconfigYamlText::tr("yaml: line %1, column %2: %3").arg(line).arg(column).arg(message);
    };

    std::vector<Frame> stack;
    QHash<QString, std::pair<std::shared_ptr<YamlNode>, qint64>> anchors;
    qint64 expandedTotal = 0;
    bool done = false;
    Event event;
    // Attaches a finished node to its parent (or makes it the root). False (with the error set) when it cannot.
    // expanded: the node's subtree size with aliases counted in full; an alias adds all of it to the total.
    const auto attach
        = [&](const std::shared_ptr<YamlNode>& node, qint64 expanded, const QString& anchor, bool alias = false) {
              if (!anchor.isEmpty())
                  anchors.insert(anchor, { node, expanded });
              expandedTotal += alias ? expanded : 1;
              if (expandedTotal > maxExpandedNodes) {
                  fail(KubeconfigYamlText::tr("document contains excessive aliasing"), node->line, node->column);
                  return false;
              }
              if (stack.empty()) {
                  document.root = node;
                  return true;
              }
              Frame& parent = stack.back();
              parent.expanded += expanded;
              if (parent.node->isSequence()) {
                  parent.node->items.append(node);
              } else if (!parent.haveKey) {
                  if (!node->isScalar() && !node->isNull()) {
                      fail(KubeconfigYamlText::tr("a map key must be a plain value, not %1").arg(node->typeName()),
                          node->line, node->column);
                      return false;
                  }
                  parent.pendingKey = node->scalar;
                  parent.haveKey = true;
              } else {
                  parent.node->entries.append({ parent.pendingKey, node });
                  parent.haveKey = false;
              }
              return true;
          };

    while (!done) {
        if (!event.next(&parser)) {
            const yaml_mark_t mark = parser.problem_mark;
            fail(QString::fromUtf8(parser.problem ? parser.problem : "cannot parse"), int(mark.line) + 1,
                int(mark.column) + 1);
            break;
        }
        const yaml_event_t& e = event.get();
        const int line = int(e.start_mark.line) + 1;
        const int column = int(e.start_mark.column) + 1;
        switch (e.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_END_EVENT:
            done = true; // the first document is the kubeconfig
            break;
        case YAML_SCALAR_EVENT: {
            auto node = std::make_shared<YamlNode>();
            node->line = line;
            node->column = column;
            if (!isNullScalar(e)) {
                node->type = YamlNode::Type::Scalar;
                node->scalar = text(e.data.scalar.value, e.data.scalar.length);
                node->plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            }
            if (!attach(node, 1, text(e.data.scalar.anchor)))
                done = true;
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            if (int(stack.size()) >= maxDepth) {
                fail(KubeconfigYamlText::tr("exceeded max depth of %1").arg(maxDepth), line, column);
                done = true;
                break;
            }
            auto node = std::make_shared<YamlNode>();
            node->line = line;
            node->column = column;
            const bool sequence = e.type == YAML_SEQUENCE_START_EVENT;
            node->type = sequence ? YamlNode::Type::Sequence : YamlNode::Type::Map;
            stack.push_back(Frame {
                node, {}, false, 1, text(sequence ? e.data.sequence_start.anchor : e.data.mapping_start.anchor) });
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            Frame frame = std::move(stack.back());
            stack.pop_back();
            if (!attach(frame.node, frame.expanded, frame.anchor))
                done = true;
            break;
        }
        case YAML_ALIAS_EVENT: {
            const QString name = text(e.data.alias.anchor);
            const auto found = anchors.constFind(name);
            if (found == anchors.constEnd()) {
                fail(KubeconfigYamlText::tr("unknown anchor '%1' referenced").arg(name), line, column);
                done = true;
                break;
            }
            if (!attach(found->first, found->second, {}, true))
                done = true;
            break;
        }
        default:
            break;
        }
    }
    yaml_parser_delete(&parser);
    if (document.ok() && !document.root) {
        document.root = std::make_shared<YamlNode>(); // an empty file or only comments
        document.root->line = 1;
        document.root->column = 1;
    }
    return document;
}

} // namespace meshscope
