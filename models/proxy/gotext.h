#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

// The text conventions istioctl's output inherits from Go's standard library, so our tables and dumps come out
// byte for byte the same: text/tabwriter's column alignment, sort.Slice's (unstable) order, encoding/json's
// string and number formatting, and Kubernetes' human-readable durations.
namespace meshscope::gotext {

// Go's text/tabwriter with a space pad character and no flags: cells end at '\t', lines at '\n'; a column is as
// wide as its widest cell in a block of consecutive lines that have that column, plus padding; the last cell of
// a line is not part of any column; a line without tabs ends the block. Widths count code points.
class TabWriter
{
public:
    TabWriter(int minWidth, int tabWidth, int padding);
    void write(std::string_view text);
    // Formats what is buffered (the unterminated last cell included) and returns all output so far.
    std::string flush();

private:
    struct Cell
    {
        int size = 0; // bytes
        int width = 0; // code points
    };
    void terminateCell();
    void flushBuffered();
    void format(int line0, int line1);
    void writeLines(int line0, int line1);

    int m_minWidth, m_padding;
    std::string m_buffer; // text of the buffered cells
    std::size_t m_consumed = 0; // bytes of m_buffer written out by writeLines
    std::vector<std::vector<Cell>> m_lines;
    Cell m_cell;
    std::vector<int> m_widths;
    std::string m_out;
};

// sort.Slice: Go's pattern-defeating quicksort, reproduced step by step so that elements that compare equal end
// up in the same order as in istioctl (it is not stable, and several istioctl sort keys tie).
template <typename T, typename Less> void sortSlice(std::vector<T>& data, Less less);

// encoding/json's quoting of a string; with escapeHtml also <, > and & (json.Marshal's default).
void appendJsonQuoted(std::string* out, std::string_view text, bool escapeHtml);
// protojson's quoting: only what JSON requires.
void appendProtoJsonQuoted(std::string* out, std::string_view text);
// encoding/json's float64: shortest digits, %f unless the exponent is small or large (then %e, "e-7" not "e-07").
std::string jsonFloat(double value);
// strconv.FormatFloat(value, 'g', -1, 64).
std::string formatFloatG(double value);

// k8s.io/apimachinery duration.HumanDuration ("5s", "2m3s", "4h", "3d2h", "2y45d").
QString humanDuration(std::int64_t milliseconds);
// strconv.Atoi as istioctl uses it: the number, or 0 when the text is not one (ok says which).
std::int64_t atoi(QStringView text, bool* ok = nullptr);
// Go's string order (UTF-8 bytes, i.e. code points).
bool stringLess(const QString& a, const QString& b);
// Go's strings.EqualFold (Unicode simple folding; ASCII is what matters here).
bool equalFold(const QString& a, const QString& b);

namespace detail {
template <typename T, typename Less> struct Sorter
{
    std::vector<T>& data;
    Less& lessThan;
    bool less(int i, int j) { return lessThan(data[std::size_t(i)], data[std::size_t(j)]); }
    void swap(int i, int j) { std::swap(data[std::size_t(i)], data[std::size_t(j)]); }

    void insertionSort(int a, int b)
    {
        for (int i = a + 1; i < b; ++i)
            for (int j = i; j > a && less(j, j - 1); --j)
                swap(j, j - 1);
    }
    void siftDown(int lo, int hi, int first)
    {
        int root = lo;
        for (;;) {
            int child = 2 * root + 1;
            if (child >= hi)
                return;
            if (child + 1 < hi && less(first + child, first + child + 1))
                ++child;
            if (!less(first + root, first + child))
                return;
            swap(first + root, first + child);
            root = child;
        }
    }
    void heapSort(int a, int b)
    {
        const int first = a, lo = 0, hi = b - a;
        for (int i = (hi - 1) / 2; i >= 0; --i)
            siftDown(i, hi, first);
        for (int i = hi - 1; i >= 0; --i) {
            swap(first, first + i);
            siftDown(lo, i, first);
        }
    }
    static int bitLength(unsigned long long x)
    {
        int n = 0;
        for (; x != 0; x >>= 1)
            ++n;
        return n;
    }
    void breakPatterns(int a, int b)
    {
        const int length = b - a;
        if (length < 8)
            return;
        unsigned long long random = static_cast<unsigned long long>(length);
        const unsigned long long modulus = 1ull << bitLength(static_cast<unsigned long long>(length));
        for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; ++idx) {
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            int other = int(random & (modulus - 1));
            if (other >= length)
                other -= length;
            swap(idx, a + other);
        }
    }
    std::pair<int, int> order2(int a, int b, int* swaps)
    {
        if (less(b, a)) {
            ++*swaps;
            return { b, a };
        }
        return { a, b };
    }
    int median(int a, int b, int c, int* swaps)
    {
        std::tie(a, b) = order2(a, b, swaps);
        std::tie(b, c) = order2(b, c, swaps);
        std::tie(a, b) = order2(a, b, swaps);
        return b;
    }
    enum Hint
    {
        Unknown,
        Increasing,
        Decreasing
    };
    std::pair<int, Hint> choosePivot(int a, int b)
    {
        const int l = b - a;
        int swaps = 0;
        int i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= 50) {
                i = median(i - 1, i, i + 1, &swaps);
                j = median(j - 1, j, j + 1, &swaps);
                k = median(k - 1, k, k + 1, &swaps);
            }
            j = median(i, j, k, &swaps);
        }
        if (swaps == 0)
            return { j, Increasing };
        if (swaps == 12)
            return { j, Decreasing };
        return { j, Unknown };
    }
    void reverseRange(int a, int b)
    {
        for (int i = a, j = b - 1; i < j; ++i, --j)
            swap(i, j);
    }
    bool partialInsertionSort(int a, int b)
    {
        int i = a + 1;
        for (int step = 0; step < 5; ++step) {
            while (i < b && !less(i, i - 1))
                ++i;
            if (i == b)
                return true;
            if (b - a < 50)
                return false;
            swap(i, i - 1);
            if (i - a >= 2) {
                for (int j = i - 1; j >= 1; --j) {
                    if (!less(j, j - 1))
                        break;
                    swap(j, j - 1);
                }
            }
            if (b - i >= 2) {
                for (int j = i + 1; j < b; ++j) {
                    if (!less(j, j - 1))
                        break;
                    swap(j, j - 1);
                }
            }
        }
        return false;
    }
    int partitionEqual(int a, int b, int pivot)
    {
        swap(a, pivot);
        int i = a + 1, j = b - 1;
        for (;;) {
            while (i <= j && !less(a, i))
                ++i;
            while (i <= j && less(a, j))
                --j;
            if (i > j)
                break;
            swap(i, j);
            ++i;
            --j;
        }
        return i;
    }
    std::pair<int, bool> partition(int a, int b, int pivot)
    {
        swap(a, pivot);
        int i = a + 1, j = b - 1;
        while (i <= j && less(i, a))
            ++i;
        while (i <= j && !less(j, a))
            --j;
        if (i > j) {
            swap(j, a);
            return { j, true };
        }
        swap(i, j);
        ++i;
        --j;
        for (;;) {
            while (i <= j && less(i, a))
                ++i;
            while (i <= j && !less(j, a))
                --j;
            if (i > j)
                break;
            swap(i, j);
            ++i;
            --j;
        }
        swap(j, a);
        return { j, false };
    }
    void pdqsort(int a, int b, int limit)
    {
        bool wasBalanced = true, wasPartitioned = true;
        for (;;) {
            const int length = b - a;
            if (length <= 12) {
                insertionSort(a, b);
                return;
            }
            if (limit == 0) {
                heapSort(a, b);
                return;
            }
            if (!wasBalanced) {
                breakPatterns(a, b);
                --limit;
            }
            auto [pivot, hint] = choosePivot(a, b);
            if (hint == Decreasing) {
                reverseRange(a, b);
                pivot = (b - 1) - (pivot - a);
                hint = Increasing;
            }
            if (wasBalanced && wasPartitioned && hint == Increasing && partialInsertionSort(a, b))
                return;
            if (a > 0 && !less(a - 1, pivot)) {
                a = partitionEqual(a, b, pivot);
                continue;
            }
            const auto [mid, alreadyPartitioned] = partition(a, b, pivot);
            wasPartitioned = alreadyPartitioned;
            const int leftLen = mid - a, rightLen = b - mid;
            const int balanceThreshold = length / 8;
            if (leftLen < rightLen) {
                wasBalanced = leftLen >= balanceThreshold;
                pdqsort(a, mid, limit);
                a = mid + 1;
            } else {
                wasBalanced = rightLen >= balanceThreshold;
                pdqsort(mid + 1, b, limit);
                b = mid;
            }
        }
    }
};
} // namespace detail

template <typename T, typename Less> void sortSlice(std::vector<T>& data, Less less)
{
    detail::Sorter<T, Less> sorter { data, less };
    const int length = int(data.size());
    sorter.pdqsort(0, length, detail::Sorter<T, Less>::bitLength(static_cast<unsigned long long>(length)));
}

} // namespace meshscope::gotext
