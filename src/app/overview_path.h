// overview_path.h: how the overview's unfolded lanes go to the GPU (gl_timeline.h): one
// instanced draw of a shared unit quad, a segment per instance, where the browser has a real
// GPU; indexed quads, four vertices a segment, on a software renderer (SwiftShader, llvmpipe),
// which runs each instance of an instanced draw as a draw of its own. Chosen once from the
// renderer's name, or forced by the page's address (?overview=instanced|quads).
// No GL and no ImGui here: tests link it directly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace golab {

enum class OverviewPath : uint8_t { Instanced, Quads };

// Returns "instanced" or "quads", the words of the address and the state object.
const char* to_string(OverviewPath path);

// Returns the path a word of the address names, or nothing for any other word.
std::optional<OverviewPath> parse_overview_path(std::string_view word);

// What the browser says about its GPU. name is UNMASKED_RENDERER_WEBGL where the browser
// offers WEBGL_debug_renderer_info (unmasked), else the plain RENDERER, which most browsers
// mask ("WebKit WebGL") and some fill with the real name.
struct RendererInfo {
    std::string name;
    bool unmasked = false;
};

// Returns whether the renderer's name is that of a GPU emulated on the CPU: SwiftShader
// (Chromium without a usable GPU, headless Chromium), llvmpipe and softpipe (Mesa), or any
// name that says "software" (Microsoft Basic Render Driver's WARP says so as "Microsoft Basic
// Render Driver", listed too). Case does not matter.
bool software_renderer(std::string_view name);

// What the overview uses, and why.
struct OverviewChoice {
    OverviewPath path = OverviewPath::Quads;
    bool forced = false; // the address asked for it, whatever the renderer
};

// Returns the path for this renderer: the forced one when `forced` names one ("instanced" or
// "quads"), else quads on a software renderer and instanced on any other. A masked name that
// tells nothing ("WebKit WebGL") counts as a real GPU: the browser that masks it has one it
// will use, or it would say so.
OverviewChoice choose_overview_path(std::string_view forced, const RendererInfo& renderer);

} // namespace golab
