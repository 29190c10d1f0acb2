// gl_timeline.cpp: program, buffer and draw of the instanced overview (see
// gl_timeline.h). Runs inside ImGui_ImplOpenGL3_RenderDrawData, between the
// draw commands before and after the callback, and asks ImGui's backend to
// restore its own GL state afterwards.

#include "app/gl_timeline.h"

#include <GLES3/gl3.h>

#include <cstdio>

#include "app/theme.h"
#include "golab_embedded_shaders.h"

namespace golab {

namespace {

GLuint compile(GLenum kind, std::string_view text) {
    const GLuint s = glCreateShader(kind);
    const char* src = text.data();
    const GLint len = static_cast<GLint>(text.size());
    glShaderSource(s, 1, &src, &len);
    glCompileShader(s);
    GLint ok = 0;
    glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(s, sizeof log, nullptr, log);
        std::fprintf(stderr, "app: timeline shader: %s\n", log);
        glDeleteShader(s);
        return 0;
    }
    return s;
}

} // namespace

bool GlTimeline::init() {
    const GLuint vs = compile(GL_VERTEX_SHADER, embedded::shader_timeline_vert);
    const GLuint fs = compile(GL_FRAGMENT_SHADER, embedded::shader_timeline_frag);
    if (vs == 0 || fs == 0) {
        return false;
    }
    program_ = glCreateProgram();
    glAttachShader(program_, vs);
    glAttachShader(program_, fs);
    glLinkProgram(program_);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (!ok) {
        std::fprintf(stderr, "app: timeline shaders do not link\n");
        return false;
    }

    // One vec4 per instance; the quad's corners come from gl_VertexID.
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &buffer_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, buffer_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, sizeof(LaneInstance), nullptr);
    glVertexAttribDivisor(0, 1);
    glBindVertexArray(0);
    return true;
}

void GlTimeline::draw(ImDrawList* dl, ImVec2 min, ImVec2 max,
                      const std::vector<LaneInstance>& instances, bool changed, TimeWindow window,
                      int rows, float alpha) {
    if (failed_) {
        return;
    }
    if (!ready_) {
        ready_ = true;
        failed_ = !init();
        if (failed_) {
            return;
        }
        changed = true;
    }
    if (changed) {
        // NOTE: ImGui's backend binds its own buffers at render time; binding
        // ours here, outside the render, disturbs nothing it relies on.
        glBindBuffer(GL_ARRAY_BUFFER, buffer_);
        glBufferData(GL_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(instances.size() * sizeof(LaneInstance)),
                     instances.data(), GL_DYNAMIC_DRAW);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        count_ = static_cast<int>(instances.size());
    }
    min_ = min;
    max_ = max;
    window_ = window;
    rows_ = std::max(rows, 1);
    alpha_ = alpha;
    dl->AddCallback(&GlTimeline::render, this);
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

void GlTimeline::render(const ImDrawList*, const ImDrawCmd* cmd) {
    const auto* self = static_cast<const GlTimeline*>(cmd->UserCallbackData);
    const ImDrawData* data = ImGui::GetDrawData();
    if (self->count_ == 0 || data == nullptr || data->DisplaySize.x <= 0) {
        return;
    }
    const ImVec2 pos = data->DisplayPos;
    const ImVec2 size = data->DisplaySize;
    const ImVec2 scale = data->FramebufferScale;

    // Clip to the ImGui clip rectangle (framebuffer pixels, origin bottom-left).
    const float fb_h = size.y * scale.y;
    const ImVec4 clip = cmd->ClipRect;
    glScissor(static_cast<GLint>((clip.x - pos.x) * scale.x),
              static_cast<GLint>(fb_h - (clip.w - pos.y) * scale.y),
              static_cast<GLsizei>((clip.z - clip.x) * scale.x),
              static_cast<GLsizei>((clip.w - clip.y) * scale.y));

    auto ndc_x = [&](float x) { return (x - pos.x) / size.x * 2.0f - 1.0f; };
    auto ndc_y = [&](float y) { return 1.0f - (y - pos.y) / size.y * 2.0f; };
    glUseProgram(self->program_);
    glUniform2f(glGetUniformLocation(self->program_, "u_window"),
                static_cast<float>(static_cast<double>(self->window_.t0) / 1e9),
                static_cast<float>(static_cast<double>(self->window_.t1 - self->window_.t0) / 1e9));
    glUniform4f(glGetUniformLocation(self->program_, "u_rect"), ndc_x(self->min_.x),
                ndc_y(self->min_.y), ndc_x(self->max_.x), ndc_y(self->max_.y));
    glUniform1f(glGetUniformLocation(self->program_, "u_rows"), static_cast<float>(self->rows_));
    glUniform1f(glGetUniformLocation(self->program_, "u_min_width"), 2.0f / size.x);
    glUniform1f(glGetUniformLocation(self->program_, "u_alpha"), self->alpha_);
    float colors[6 * 4];
    for (int s = 0; s < 6; ++s) {
        const ImVec4 c = state_color(static_cast<GoroutineState>(s));
        colors[s * 4 + 0] = c.x;
        colors[s * 4 + 1] = c.y;
        colors[s * 4 + 2] = c.z;
        colors[s * 4 + 3] = 1.0f;
    }
    glUniform4fv(glGetUniformLocation(self->program_, "u_colors"), 6, colors);

    // Folded rows add up: premultiplied colour, added, not blended over.
    glEnable(GL_BLEND);
    if (self->alpha_ < 1.0f) {
        glBlendFunc(GL_ONE, GL_ONE);
    } else {
        glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    }
    glBindVertexArray(self->vao_);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, self->count_);
    glBindVertexArray(0);
}

} // namespace golab
