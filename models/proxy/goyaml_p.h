#pragma once

// Text rules of go-yaml v2's emitter that goyaml.cpp applies: UTF-8 classes, how a plain scalar would resolve,
// and the order of mapping keys.

#include <string_view>

namespace meshscope::goyaml::detail {

int charWidth(unsigned char lead);
unsigned char byteAt(std::string_view s, std::size_t i);
bool isSpace(std::string_view s, std::size_t i);
bool isBlankZ(std::string_view s, std::size_t i);
bool isBreak(std::string_view s, std::size_t i);
bool isPrintable(std::string_view s, std::size_t i);
bool isBom(std::string_view s, std::size_t i);
char32_t decode(std::string_view s, std::size_t i, int* width);
bool isPlainNonString(std::string_view in);
bool isBase60Float(std::string_view s);
bool keyLess(std::string_view aText, std::string_view bText);

} // namespace meshscope::goyaml::detail
