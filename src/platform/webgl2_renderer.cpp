// webgl2_renderer.cpp: draws Dear ImGui's draw lists with WebGL2 (see webgl2_renderer.h).
//
// One shader, one vertex array, one vertex and one index buffer, refilled per draw list.
// Indices are 32-bit (ImDrawIdx is unsigned int for the page, set in CMakeLists.txt), so a
// window with more than 65,536 vertices, such as a timeline of many goroutines, draws in one
// piece: WebGL2 has no base-vertex draw call that 16-bit indices would need.

#include "platform/webgl2_renderer.h"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

#include "imgui.h"

static_assert(sizeof(ImDrawIdx) == 4, "the page builds ImGui with 32-bit indices");

namespace golab {
namespace {

struct Renderer {
    GLuint program = 0;
    GLint projection = -1; // uniform locations
    GLint texture = -1;
    GLuint vertex_array = 0;
    GLuint vertices = 0;
    GLuint indices = 0;
    GLuint font_texture = 0;
};

Renderer renderer;

const char* const kVertexShader = R"(#version 300 es
uniform mat4 projection;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 color;
out vec2 frag_uv;
out vec4 frag_color;
void main() {
    frag_uv = uv;
    frag_color = color;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
)";

const char* const kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D glyphs;
in vec2 frag_uv;
in vec4 frag_color;
out vec4 out_color;
void main() {
    out_color = frag_color * texture(glyphs, frag_uv);
}
)";

// Returns a compiled shader, or 0 after printing the compiler's log.
GLuint compile(GLenum kind, const char* source) {
    GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE) {
        char log[1024] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        std::fprintf(stderr, "web: shader does not compile: %s\n", log);
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

// Sets every piece of GL state the draw relies on; nothing is read back.
void set_state(const ImDrawData* draw_data, int fb_width, int fb_height) {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glViewport(0, 0, fb_width, fb_height);

    // Orthographic projection of ImGui's display rectangle onto clip space, y down.
    const float left = draw_data->DisplayPos.x;
    const float right = left + draw_data->DisplaySize.x;
    const float top = draw_data->DisplayPos.y;
    const float bottom = top + draw_data->DisplaySize.y;
    // clang-format off
    const float projection[16] = {
        2.0f / (right - left),           0.0f,                            0.0f,  0.0f,
        0.0f,                            2.0f / (top - bottom),           0.0f,  0.0f,
        0.0f,                            0.0f,                            -1.0f, 0.0f,
        (right + left) / (left - right), (top + bottom) / (bottom - top), 0.0f,  1.0f,
    };
    // clang-format on
    glUseProgram(renderer.program);
    glUniformMatrix4fv(renderer.projection, 1, GL_FALSE, projection);
    glUniform1i(renderer.texture, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(renderer.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, renderer.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, renderer.indices);
}

} // namespace

bool webgl2_renderer_init() {
    // Shaders
    GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
    GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    if (!vertex || !fragment) {
        return false;
    }
    renderer.program = glCreateProgram();
    glAttachShader(renderer.program, vertex);
    glAttachShader(renderer.program, fragment);
    glLinkProgram(renderer.program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    GLint ok = GL_FALSE;
    glGetProgramiv(renderer.program, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        char log[1024] = {};
        glGetProgramInfoLog(renderer.program, sizeof log, nullptr, log);
        std::fprintf(stderr, "web: shaders do not link: %s\n", log);
        return false;
    }
    renderer.projection = glGetUniformLocation(renderer.program, "projection");
    renderer.texture = glGetUniformLocation(renderer.program, "glyphs");

    // Vertex layout: ImDrawVert is {pos, uv, col} with the colour as 4 bytes
    glGenVertexArrays(1, &renderer.vertex_array);
    glGenBuffers(1, &renderer.vertices);
    glGenBuffers(1, &renderer.indices);
    glBindVertexArray(renderer.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, renderer.vertices);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    glBindVertexArray(0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "golab_webgl2";
    return true;
}

void webgl2_renderer_upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);

    if (!renderer.font_texture) {
        glGenTextures(1, &renderer.font_texture);
    }
    glBindTexture(GL_TEXTURE_2D, renderer.font_texture);
    // NOTE: linear filtering, because the views scale some text (FontGlobalScale, big digits).
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(renderer.font_texture)));
    io.Fonts->ClearTexData(); // the GPU has the pixels now
}

void webgl2_renderer_draw(const ImDrawData* draw_data) {
    // Guards: a minimised or zero-sized canvas draws nothing
    const ImVec2 scale = draw_data->FramebufferScale;
    const int fb_width = int(draw_data->DisplaySize.x * scale.x);
    const int fb_height = int(draw_data->DisplaySize.y * scale.y);
    if (fb_width <= 0 || fb_height <= 0 || !renderer.program) {
        return;
    }
    set_state(draw_data, fb_width, fb_height);

    const ImVec2 origin = draw_data->DisplayPos;
    for (int n = 0; n < draw_data->CmdListsCount; n++) {
        const ImDrawList* list = draw_data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);

        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
                    set_state(draw_data, fb_width, fb_height);
                } else {
                    cmd.UserCallback(list, &cmd);
                }
                continue;
            }

            // Clip rectangle in framebuffer pixels; GL's scissor counts y from the bottom.
            const float x0 = (cmd.ClipRect.x - origin.x) * scale.x;
            const float y0 = (cmd.ClipRect.y - origin.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - origin.x) * scale.x;
            const float y1 = (cmd.ClipRect.w - origin.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) {
                continue;
            }
            glScissor(int(x0), int(float(fb_height) - y1), int(x1 - x0), int(y1 - y0));
            glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(cmd.GetTexID())));
            glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
    glDisable(GL_SCISSOR_TEST);
}

} // namespace golab
