// A recursive-descent parser for CEL's grammar (precedence: ?: < || < && < relations < + - < * / % < unary <
// member access), with the macros expanded into comprehension nodes.
#include "models/config/celast.h"

#include <QSet>

namespace meshscope::config::cel {

namespace {
constexpr int maxDepth = 120;

struct Token
{
    enum class Kind
    {
        End,
        Ident,
        Int,
        Uint,
        Double,
        String,
        Bytes,
        Punct,
    };
    Kind kind = Kind::End;
    QString text; // identifier, punctuation, or the decoded string
    qint64 i = 0;
    quint64 u = 0;
    double d = 0;
    qsizetype offset = 0;
};

class ParseError
{
public:
    QString message;
};

class Lexer
{
public:
    explicit Lexer(const QString& text)
        : m_text(text)
    { }

    Token next()
    {
        skipSpace();
        Token token;
        token.offset = m_pos;
        if (m_pos >= m_text.size())
            return token;
        const QChar c = m_text.at(m_pos);
        // Raw and bytes prefixes: r"…", R'…', b"…", rb"…".
        if ((c == QLatin1Char('r') || c == QLatin1Char('R') || c == QLatin1Char('b') || c == QLatin1Char('B'))
            && stringStartsAfterPrefix()) {
            bool raw = false;
            bool bytes = false;
            while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('"')
                && m_text.at(m_pos) != QLatin1Char('\'')) {
                const QChar p = m_text.at(m_pos).toLower();
                raw = raw || p == QLatin1Char('r');
                bytes = bytes || p == QLatin1Char('b');
                ++m_pos;
            }
            token.kind = bytes ? Token::Kind::Bytes : Token::Kind::String;
            token.text = readString(raw);
            return token;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            token.kind = Token::Kind::String;
            token.text = readString(false);
            return token;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype end = m_pos;
            while (end < m_text.size() && (m_text.at(end).isLetterOrNumber() || m_text.at(end) == QLatin1Char('_')))
                ++end;
            token.kind = Token::Kind::Ident;
            token.text = m_text.mid(m_pos, end - m_pos);
            m_pos = end;
            return token;
        }
        if (c.isDigit() || (c == QLatin1Char('.') && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1).isDigit()))
            return number();
        static const QStringList two { QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
            QStringLiteral(">="), QStringLiteral("&&"), QStringLiteral("||") };
        const QString pair = m_text.mid(m_pos, 2);
        token.kind = Token::Kind::Punct;
        if (two.contains(pair)) {
            token.text = pair;
            m_pos += 2;
            return token;
        }
        static const QString single = QStringLiteral("+-*/%<>!?:.,()[]{}");
        if (!single.contains(c))
            throw ParseError { QStringLiteral("unexpected character '%1' at %2").arg(c).arg(m_pos) };
        token.text = c;
        ++m_pos;
        return token;
    }

private:
    bool stringStartsAfterPrefix() const
    {
        qsizetype p = m_pos;
        int letters = 0;
        while (p < m_text.size() && letters < 2) {
            const QChar c = m_text.at(p).toLower();
            if (c == QLatin1Char('"') || c == QLatin1Char('\''))
                return letters > 0;
            if (c != QLatin1Char('r') && c != QLatin1Char('b'))
                return false;
            ++p;
            ++letters;
        }
        return p < m_text.size() && (m_text.at(p) == QLatin1Char('"') || m_text.at(p) == QLatin1Char('\''));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            if (m_text.at(m_pos).isSpace()) {
                ++m_pos;
            } else if (m_text.mid(m_pos, 2) == QLatin1String("//")) {
                while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
            } else {
                break;
            }
        }
    }

    QString readString(bool raw)
    {
        const QChar quote = m_text.at(m_pos);
        const bool triple = m_text.mid(m_pos, 3) == QString(3, quote);
        m_pos += triple ? 3 : 1;
        QString out;
        while (true) {
            if (m_pos >= m_text.size())
                throw ParseError { QStringLiteral("unterminated string") };
            if (triple ? m_text.mid(m_pos, 3) == QString(3, quote) : m_text.at(m_pos) == quote) {
                m_pos += triple ? 3 : 1;
                return out;
            }
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\n') && !triple)
                throw ParseError { QStringLiteral("line break in a string") };
            if (c != QLatin1Char('\\') || raw) {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                throw ParseError { QStringLiteral("unterminated string") };
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 'a':
                out += QChar(7);
                break;
            case 'b':
                out += QChar(8);
                break;
            case 'f':
                out += QChar(12);
                break;
            case 'v':
                out += QChar(11);
                break;
            case 'u':
            case 'U':
            case 'x': {
                const int digits = e == QLatin1Char('u') ? 4 : e == QLatin1Char('U') ? 8 : 2;
                bool ok = false;
                const uint code = m_text.mid(m_pos, digits).toUInt(&ok, 16);
                if (!ok)
                    throw ParseError { QStringLiteral("bad escape in a string") };
                m_pos += digits;
                out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
                break;
            }
            default:
                out += e; // \\ \" \' \` \?
            }
        }
    }

    Token number()
    {
        Token token;
        token.offset = m_pos;
        qsizetype end = m_pos;
        if (m_text.mid(m_pos, 2).toLower() == QLatin1String("0x")) {
            end += 2;
            while (end < m_text.size() && m_text.at(end).isLetterOrNumber())
                ++end;
            bool ok = false;
            QString digits = m_text.mid(m_pos + 2, end - m_pos - 2);
            const bool isUnsigned = digits.endsWith(QLatin1Char('u')) || digits.endsWith(QLatin1Char('U'));
            if (isUnsigned)
                digits.chop(1);
            token.u = digits.toULongLong(&ok, 16);
            token.i = qint64(token.u);
            token.kind = isUnsigned ? Token::Kind::Uint : Token::Kind::Int;
            if (!ok)
                throw ParseError { QStringLiteral("bad number") };
            m_pos = end;
            return token;
        }
        bool isDouble = false;
        while (end < m_text.size()) {
            const QChar c = m_text.at(end);
            if (c.isDigit()) {
                ++end;
            } else if (c == QLatin1Char('.') && end + 1 < m_text.size() && m_text.at(end + 1).isDigit()) {
                isDouble = true;
                ++end;
            } else if ((c == QLatin1Char('e') || c == QLatin1Char('E'))) {
                isDouble = true;
                ++end;
                if (end < m_text.size() && (m_text.at(end) == QLatin1Char('+') || m_text.at(end) == QLatin1Char('-')))
                    ++end;
            } else {
                break;
            }
        }
        const QString digits = m_text.mid(m_pos, end - m_pos);
        bool ok = false;
        if (isDouble) {
            token.kind = Token::Kind::Double;
            token.d = digits.toDouble(&ok);
        } else if (end < m_text.size() && (m_text.at(end) == QLatin1Char('u') || m_text.at(end) == QLatin1Char('U'))) {
            token.kind = Token::Kind::Uint;
            token.u = digits.toULongLong(&ok);
            ++end;
        } else {
            token.kind = Token::Kind::Int;
            token.i = digits.toLongLong(&ok);
        }
        if (!ok)
            throw ParseError { QStringLiteral("bad number %1").arg(digits) };
        m_pos = end;
        return token;
    }

    QString m_text;
    qsizetype m_pos = 0;
};

std::unique_ptr<Node> make(Node::Kind kind, QString name = {})
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->name = std::move(name);
    return node;
}

class Parser
{
public:
    explicit Parser(const QString& text)
        : m_lexer(text)
    {
        advance();
    }

    std::unique_ptr<Node> parseAll()
    {
        auto node = expression();
        if (m_token.kind != Token::Kind::End)
            throw ParseError { QStringLiteral("unexpected '%1' at %2").arg(m_token.text).arg(m_token.offset) };
        return node;
    }

private:
    void advance() { m_token = m_lexer.next(); }
    bool isPunct(const char* text) const
    {
        return m_token.kind == Token::Kind::Punct && m_token.text == QLatin1String(text);
    }
    void expect(const char* text)
    {
        if (!isPunct(text))
            throw ParseError { QStringLiteral("expected '%1' at %2").arg(QLatin1String(text)).arg(m_token.offset) };
        advance();
    }

    struct DepthGuard
    {
        explicit DepthGuard(int& depth)
            : m_depth(depth)
        {
            if (++m_depth > maxDepth)
                throw ParseError { QStringLiteral("the expression nests too deeply") };
        }
        ~DepthGuard() { --m_depth; }
        int& m_depth;
    };

    std::unique_ptr<Node> expression()
    {
        DepthGuard guard(m_depth);
        auto condition = logicalOr();
        if (!isPunct("?"))
            return condition;
        advance();
        auto node = make(Node::Kind::Conditional);
        node->args.push_back(std::move(condition));
        node->args.push_back(logicalOr());
        expect(":");
        node->args.push_back(expression());
        return node;
    }

    std::unique_ptr<Node> logicalOr()
    {
        auto left = logicalAnd();
        while (isPunct("||")) {
            advance();
            auto node = make(Node::Kind::Or);
            node->args.push_back(std::move(left));
            node->args.push_back(logicalAnd());
            left = std::move(node);
        }
        return left;
    }

    std::unique_ptr<Node> logicalAnd()
    {
        auto left = relation();
        while (isPunct("&&")) {
            advance();
            auto node = make(Node::Kind::And);
            node->args.push_back(std::move(left));
            node->args.push_back(relation());
            left = std::move(node);
        }
        return left;
    }

    std::unique_ptr<Node> relation()
    {
        auto left = addition();
        while (isPunct("==") || isPunct("!=") || isPunct("<") || isPunct("<=") || isPunct(">") || isPunct(">=")
            || (m_token.kind == Token::Kind::Ident && m_token.text == QLatin1String("in"))) {
            auto node = make(Node::Kind::Binary, m_token.text);
            advance();
            node->args.push_back(std::move(left));
            node->args.push_back(addition());
            left = std::move(node);
        }
        return left;
    }

    std::unique_ptr<Node> addition()
    {
        auto left = multiplication();
        while (isPunct("+") || isPunct("-")) {
            auto node = make(Node::Kind::Binary, m_token.text);
            advance();
            node->args.push_back(std::move(left));
            node->args.push_back(multiplication());
            left = std::move(node);
        }
        return left;
    }

    std::unique_ptr<Node> multiplication()
    {
        auto left = unary();
        while (isPunct("*") || isPunct("/") || isPunct("%")) {
            auto node = make(Node::Kind::Binary, m_token.text);
            advance();
            node->args.push_back(std::move(left));
            node->args.push_back(unary());
            left = std::move(node);
        }
        return left;
    }

    std::unique_ptr<Node> unary()
    {
        DepthGuard guard(m_depth);
        if (isPunct("!") || isPunct("-")) {
            auto node = make(isPunct("!") ? Node::Kind::Not : Node::Kind::Negate);
            advance();
            node->args.push_back(unary());
            return node;
        }
        return member();
    }

    std::vector<std::unique_ptr<Node>> arguments(const char* close)
    {
        std::vector<std::unique_ptr<Node>> args;
        if (isPunct(close)) {
            advance();
            return args;
        }
        while (true) {
            args.push_back(expression());
            if (isPunct(",")) {
                advance();
                if (isPunct(close)) { // trailing comma
                    advance();
                    return args;
                }
                continue;
            }
            expect(close);
            return args;
        }
    }

    std::unique_ptr<Node> member()
    {
        auto node = primary();
        while (true) {
            if (isPunct(".")) {
                advance();
                if (m_token.kind != Token::Kind::Ident)
                    throw ParseError { QStringLiteral("expected a field name at %1").arg(m_token.offset) };
                const QString name = m_token.text;
                advance();
                if (isPunct("(")) {
                    advance();
                    node = methodCall(std::move(node), name, arguments(")"));
                } else {
                    auto select = make(Node::Kind::Select, name);
                    select->args.push_back(std::move(node));
                    node = std::move(select);
                }
            } else if (isPunct("[")) {
                advance();
                auto index = make(Node::Kind::Index);
                index->args.push_back(std::move(node));
                index->args.push_back(expression());
                expect("]");
                node = std::move(index);
            } else {
                return node;
            }
        }
    }

    std::unique_ptr<Node> methodCall(
        std::unique_ptr<Node> receiver, const QString& name, std::vector<std::unique_ptr<Node>> args)
    {
        static const QSet<QString> macros { QStringLiteral("all"), QStringLiteral("exists"),
            QStringLiteral("exists_one"), QStringLiteral("filter"), QStringLiteral("map") };
        if (macros.contains(name) && (args.size() == 2 || (name == QLatin1String("map") && args.size() == 3))) {
            if (args.front()->kind != Node::Kind::Ident)
                throw ParseError { QStringLiteral("%1() needs a variable name first").arg(name) };
            auto node = make(Node::Kind::Comprehension, name);
            node->variable = args.front()->name;
            node->args.push_back(std::move(receiver));
            for (std::size_t i = 1; i < args.size(); ++i)
                node->args.push_back(std::move(args[i]));
            return node;
        }
        auto node = make(Node::Kind::Call, name);
        node->hasReceiver = true;
        node->args.push_back(std::move(receiver));
        for (auto& arg : args)
            node->args.push_back(std::move(arg));
        return node;
    }

    std::unique_ptr<Node> primary()
    {
        DepthGuard guard(m_depth);
        const Token token = m_token;
        switch (token.kind) {
        case Token::Kind::Int:
        case Token::Kind::Uint:
        case Token::Kind::Double:
        case Token::Kind::String:
        case Token::Kind::Bytes: {
            advance();
            auto node = make(Node::Kind::Literal);
            if (token.kind == Token::Kind::Int)
                node->literal = Value::integer(token.i);
            else if (token.kind == Token::Kind::Uint)
                node->literal = Value::unsignedInteger(token.u);
            else if (token.kind == Token::Kind::Double)
                node->literal = Value::real(token.d);
            else if (token.kind == Token::Kind::String)
                node->literal = Value::string(token.text);
            else {
                node->literal.type = Value::Type::Bytes;
                node->literal.bytes = token.text.toUtf8();
            }
            return node;
        }
        case Token::Kind::Ident: {
            advance();
            if (token.text == QLatin1String("true") || token.text == QLatin1String("false")) {
                auto node = make(Node::Kind::Literal);
                node->literal = Value::boolean(token.text == QLatin1String("true"));
                return node;
            }
            if (token.text == QLatin1String("null"))
                return make(Node::Kind::Literal);
            if (!isPunct("("))
                return make(Node::Kind::Ident, token.text);
            advance();
            auto args = arguments(")");
            if (token.text == QLatin1String("has")) {
                if (args.size() != 1 || args.front()->kind != Node::Kind::Select)
                    throw ParseError { QStringLiteral("has() needs a field selection, as in has(self.field)") };
                auto node = make(Node::Kind::Has, args.front()->name);
                node->args.push_back(std::move(args.front()->args.front()));
                return node;
            }
            auto node = make(Node::Kind::Call, token.text);
            node->args = std::move(args);
            return node;
        }
        case Token::Kind::Punct:
            if (token.text == QLatin1String("(")) {
                advance();
                auto node = expression();
                expect(")");
                return node;
            }
            if (token.text == QLatin1String("[")) {
                advance();
                auto node = make(Node::Kind::List);
                node->args = arguments("]");
                return node;
            }
            if (token.text == QLatin1String("{")) {
                advance();
                auto node = make(Node::Kind::Map);
                while (!isPunct("}")) {
                    node->args.push_back(expression());
                    expect(":");
                    node->args.push_back(expression());
                    if (!isPunct(","))
                        break;
                    advance();
                }
                expect("}");
                return node;
            }
            if (token.text == QLatin1String(".")) {
                advance(); // a leading dot: the root namespace
                return primary();
            }
            break;
        case Token::Kind::End:
            throw ParseError { QStringLiteral("the expression ends early") };
        }
        throw ParseError { QStringLiteral("unexpected '%1' at %2").arg(token.text).arg(token.offset) };
    }

    Lexer m_lexer;
    Token m_token;
    int m_depth = 0;
};
} // namespace

std::unique_ptr<Node> parse(const QString& expression, QString* error)
{
    try {
        Parser parser(expression);
        return parser.parseAll();
    } catch (const ParseError& e) {
        *error = e.message;
        return nullptr;
    }
}

} // namespace meshscope::config::cel
