// app_overview_path_test.cpp: which way the overview's lanes go to the GPU, from the names
// browsers give their renderers (as Chromium, Firefox and Mesa report them) and the
// address's ?overview= option.

#include <gtest/gtest.h>

#include "app/overview_path.h"

namespace golab {
namespace {

struct RendererCase {
    const char* name;
    bool unmasked;
    OverviewPath expected;
};

TEST(OverviewPath, SoftwareRenderersGetQuadsRealGpusInstances) {
    const RendererCase cases[] = {
        // Headless Chromium, and Chromium where it will not use the GPU.
        {"ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader "
         "driver)",
         true, OverviewPath::Quads},
        {"Google SwiftShader", true, OverviewPath::Quads},
        // Mesa on the CPU.
        {"llvmpipe (LLVM 15.0.6, 256 bits)", true, OverviewPath::Quads},
        {"ANGLE (Mesa, llvmpipe (LLVM 15.0.6 256 bits), OpenGL 4.5)", true, OverviewPath::Quads},
        {"softpipe", true, OverviewPath::Quads},
        // Windows' WARP, and any name that says it.
        {"ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)", true,
         OverviewPath::Quads},
        {"Software Rasterizer", false, OverviewPath::Quads},
        // Real GPUs.
        {"ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)", true,
         OverviewPath::Instanced},
        {"ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)", true,
         OverviewPath::Instanced},
        {"Apple M1", true, OverviewPath::Instanced},
        // No extension, and a masked RENDERER: nothing says software.
        {"WebKit WebGL", false, OverviewPath::Instanced},
        {"", false, OverviewPath::Instanced},
    };
    for (const RendererCase& c : cases) {
        const OverviewChoice choice = choose_overview_path("", RendererInfo{c.name, c.unmasked});
        EXPECT_EQ(choice.path, c.expected) << c.name;
        EXPECT_FALSE(choice.forced) << c.name;
    }
}

TEST(OverviewPath, TheAddressForcesEitherPath) {
    const RendererInfo swiftshader{"Google SwiftShader", true};
    const RendererInfo gpu{"Apple M1", true};
    EXPECT_EQ(choose_overview_path("instanced", swiftshader).path, OverviewPath::Instanced);
    EXPECT_TRUE(choose_overview_path("instanced", swiftshader).forced);
    EXPECT_EQ(choose_overview_path("quads", gpu).path, OverviewPath::Quads);
    EXPECT_TRUE(choose_overview_path("quads", gpu).forced);
    // Any other word is not an option: the renderer chooses.
    EXPECT_EQ(choose_overview_path("Instanced", swiftshader).path, OverviewPath::Quads);
    EXPECT_FALSE(choose_overview_path("fast", gpu).forced);
}

TEST(OverviewPath, WordsGoBothWays) {
    for (const OverviewPath p : {OverviewPath::Instanced, OverviewPath::Quads}) {
        EXPECT_EQ(parse_overview_path(to_string(p)), p);
    }
    EXPECT_FALSE(parse_overview_path("").has_value());
}

} // namespace
} // namespace golab
