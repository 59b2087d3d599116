// Runs a fuzz target once on each file it is given (files, or folders searched recursively), for
// builds without libFuzzer: CTest replays every seed and every input that once crashed, so a fixed
// crash stays fixed in the normal and the sanitizer builds. Fails when it finds no input at all,
// which would otherwise pass without testing anything, and on a path that does not exist, except
// after --optional (a target's regressions folder exists only once a crash was found).

#include "FuzzSupport.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path &path)
{
    std::vector<std::filesystem::path> inputs;
    if (std::filesystem::is_directory(path)) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
            // README.md files explain a folder; they are not inputs.
            if (entry.is_regular_file() && entry.path().filename() != "README.md")
                inputs.push_back(entry.path());
        }
    } else if (std::filesystem::is_regular_file(path)) {
        inputs.push_back(path);
    }
    std::sort(inputs.begin(), inputs.end());
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t replayed = 0;
    bool optional = false;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--optional") {
            optional = true;
            continue;
        }
        if (!std::filesystem::exists(argv[i])) {
            if (optional)
                continue;
            std::fprintf(stderr, "no such file or folder: %s\n", argv[i]);
            return 2;
        }
        for (const auto &input : inputsUnder(argv[i])) {
            std::ifstream file(input, std::ios::binary);
            const std::vector<char> bytes{std::istreambuf_iterator<char>(file),
                                          std::istreambuf_iterator<char>()};
            std::fprintf(stderr, "replaying %s (%zu bytes)\n", input.c_str(), bytes.size());
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    std::printf("%zu inputs replayed without a finding\n", replayed);
    return replayed > 0 ? 0 : 1;
}
