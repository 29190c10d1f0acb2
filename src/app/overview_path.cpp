// overview_path.cpp: the overview's draw path from the renderer's name (see overview_path.h).

#include "app/overview_path.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace golab {

const char* to_string(OverviewPath path) {
    return path == OverviewPath::Instanced ? "instanced" : "quads";
}

std::optional<OverviewPath> parse_overview_path(std::string_view word) {
    if (word == "instanced") {
        return OverviewPath::Instanced;
    }
    if (word == "quads") {
        return OverviewPath::Quads;
    }
    return std::nullopt;
}

bool software_renderer(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    constexpr std::array<std::string_view, 5> kSoftware = {"swiftshader", "llvmpipe", "softpipe",
                                                           "software", "basic render driver"};
    return std::any_of(kSoftware.begin(), kSoftware.end(), [&](std::string_view word) {
        return lower.find(word) != std::string::npos;
    });
}

OverviewChoice choose_overview_path(std::string_view forced, const RendererInfo& renderer) {
    if (const std::optional<OverviewPath> asked = parse_overview_path(forced)) {
        return {*asked, true};
    }
    return {software_renderer(renderer.name) ? OverviewPath::Quads : OverviewPath::Instanced,
            false};
}

} // namespace golab
