// A main() for the fuzz targets when libFuzzer is not used: replays every
// file of a corpus directory, then pseudo-random mutations of each (fixed
// seed, so a failure replays the same way), through LLVMFuzzerTestOneInput.
//
//   fuzz_<target> <corpus directory> [mutations per file, default 500]

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using Bytes = std::vector<uint8_t>;

// Fragments that steer a mutation toward the parsers' edge cases.
const char *const Tokens[] = {
    "[",        "]",           "{",        "}",          "\"",           ":",          ",",
    "null",     "true",        "false",    "1e308",      "-1",           "0.5",        "1e999",
    "\"\"",     "[[[[[[[[",    "}}}}",     "\\u0000",    "\\ud800",      "=\"",        "\"\"",
    " ",        "\t",          "\r\n",     "\xff",       "\xc3",         "NaN",        "9223372036854775808",
    "Level=\"ERROR\" ",        "Node=\"\"",              "Message=\"Unable to contact node.\" ",
    "2026-11-25T15:10:41.123", "+00:00",   "Z",          "GMT",          "<html>",     "&#x",
};

void run(const Bytes &input)
{
    LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
}

Bytes mutate(const Bytes &original, const std::vector<Bytes> &corpus, std::mt19937 &random)
{
    Bytes out = original;
    const int edits = 1 + int(random() % 6);
    for (int e = 0; e < edits; ++e) {
        const size_t at = out.empty() ? 0 : random() % (out.size() + 1);
        switch (random() % 7) {
        case 0: // flip a bit
            if (at < out.size())
                out[at] ^= uint8_t(1u << (random() % 8));
            break;
        case 1: // random byte
            if (at < out.size())
                out[at] = uint8_t(random());
            break;
        case 2: { // delete a range
            const size_t n = std::min<size_t>(out.size() - std::min(at, out.size()), random() % 16);
            out.erase(out.begin() + std::ptrdiff_t(at), out.begin() + std::ptrdiff_t(at + n));
            break;
        }
        case 3: { // insert a token
            const std::string token = Tokens[random() % std::size(Tokens)];
            out.insert(out.begin() + std::ptrdiff_t(at), token.begin(), token.end());
            break;
        }
        case 4: { // duplicate a chunk (deeper nesting, repeated fields)
            if (out.empty())
                break;
            const size_t from = random() % out.size();
            const size_t n = std::min<size_t>(out.size() - from, 1 + random() % 64);
            const Bytes chunk(out.begin() + std::ptrdiff_t(from), out.begin() + std::ptrdiff_t(from + n));
            out.insert(out.begin() + std::ptrdiff_t(at), chunk.begin(), chunk.end());
            break;
        }
        case 5: // truncate
            out.resize(at);
            break;
        default: { // splice in part of another corpus file
            const Bytes &other = corpus[random() % corpus.size()];
            if (other.empty())
                break;
            const size_t from = random() % other.size();
            const size_t n = std::min<size_t>(other.size() - from, 1 + random() % 128);
            out.insert(out.begin() + std::ptrdiff_t(at), other.begin() + std::ptrdiff_t(from),
                       other.begin() + std::ptrdiff_t(from + n));
            break;
        }
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <corpus directory> [mutations per file]\n", argv[0]);
        return 2;
    }
    const long mutations = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 500;

    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator(argv[1], error)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    if (error || files.empty()) {
        std::fprintf(stderr, "%s: no corpus files in %s\n", argv[0], argv[1]);
        return 2;
    }
    std::sort(files.begin(), files.end()); // the same order, so the same mutations, every run

    std::vector<Bytes> corpus;
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

    std::mt19937 random(20261125);
    long runs = 0;
    run({});
    ++runs;
    for (size_t i = 0; i < corpus.size(); ++i) {
        run(corpus[i]);
        ++runs;
        for (long m = 0; m < mutations; ++m) {
            run(mutate(corpus[i], corpus, random));
            ++runs;
        }
    }
    std::printf("%s: %ld inputs from %zu corpus files, no failure\n", argv[0], runs, corpus.size());
    return 0;
}
