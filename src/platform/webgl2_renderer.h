// webgl2_renderer.h: draws Dear ImGui's draw lists with WebGL2 (GLSL ES 3.00).
//
// Our own renderer instead of ImGui's OpenGL3 backend: that backend saves and restores the
// GL state around every frame with about twenty glGet/glIsEnabled calls, and each one is a
// synchronous round trip to the browser's GPU process. Measured in headless Chromium on a
// busy 2-core machine, they took the whole frame budget (one frame in 100-450 ms). The page
// owns its GL context, so this renderer sets the state it needs and never reads any back.
#pragma once

struct ImDrawData;

namespace golab {

// Compiles the shaders and creates the buffers. Needs the current GL context. Returns false
// (after printing why) when the shaders do not compile or link.
bool webgl2_renderer_init();

// Uploads ImGui's font atlas as a texture; call after every rebuild of the atlas.
void webgl2_renderer_upload_fonts();

// Draws one frame of ImGui output into the current framebuffer.
void webgl2_renderer_draw(const ImDrawData* draw_data);

} // namespace golab
