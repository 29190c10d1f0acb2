// gl_timeline.cpp: program, buffers and draw of the overview, instanced or as
// indexed quads (see gl_timeline.h). Runs inside ImGui_ImplOpenGL3_RenderDrawData, between the
// draw commands before and after the callback, and asks ImGui's backend to
// restore its own GL state afterwards.

#include "app/gl_timeline.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "app/theme.h"
#include "golab_embedded_shaders.h"

namespace golab {

namespace {

// KHR_parallel_shader_compile: whether a program has finished linking, asked without
// waiting. Emscripten turns on every extension the browser has.
constexpr GLenum kCompletionStatus = 0x91B1;

// Returns whether the browser offers KHR_parallel_shader_compile.
bool has_parallel_compile() {
    const auto* all = reinterpret_cast<const char*>(glGetString(GL_EXTENSIONS));
    return all != nullptr && std::strstr(all, "parallel_shader_compile") != nullptr;
}

// Starts compiling text as a shader of this kind, with `defines` (whole lines) added after
// its #version line, which must come first.
GLuint start_compile(GLenum kind, std::string_view text, std::string_view defines) {
    const size_t version_end = text.find('\n') + 1;
    const GLuint s = glCreateShader(kind);
    // NOTE: #line keeps the compiler's line numbers those of the file.
    const std::string head =
        std::string(text.substr(0, version_end)) + std::string(defines) + "#line 2\n";
    const std::string_view body = text.substr(version_end);
    const char* parts[] = {head.data(), body.data()};
    const GLint lengths[] = {static_cast<GLint>(head.size()), static_cast<GLint>(body.size())};
    glShaderSource(s, 2, parts, lengths);
    glCompileShader(s);
    return s;
}

// Prints the compiler's complaint about shader s, if it has one.
void report_compile(GLuint s, const char* which) {
    GLint ok = 0;
    glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(s, sizeof log, nullptr, log);
        std::fprintf(stderr, "app: timeline %s shader: %s\n", which, log);
    }
}

} // namespace

void GlTimeline::set_path(OverviewPath path) {
    if (path == path_) {
        return;
    }
    release();
    path_ = path;
}

void GlTimeline::release() {
    if (stage_ == Stage::Unprepared) {
        return;
    }
    if (stage_ == Stage::Linking) {
        glDeleteShader(vertex_shader_);
        glDeleteShader(fragment_shader_);
    }
    glDeleteProgram(program_);
    glDeleteVertexArrays(1, &vao_);
    const GLuint buffers[] = {buffer_, index_buffer_, quad_buffer_};
    glDeleteBuffers(3, buffers);
    glDeleteTextures(1, &texture_);
    program_ = vao_ = buffer_ = index_buffer_ = quad_buffer_ = texture_ = 0;
    vertex_shader_ = fragment_shader_ = 0;
    texture_w_ = texture_h_ = 0;
    count_ = 0;
    capacity_ = 0;
    stage_ = Stage::Unprepared;
}

void GlTimeline::prepare() {
    if (stage_ != Stage::Unprepared) {
        return;
    }
    const std::string_view defines =
        path_ == OverviewPath::Instanced ? "#define GOLAB_INSTANCED 1\n" : "";
    vertex_shader_ = start_compile(GL_VERTEX_SHADER, embedded::shader_timeline_vert, defines);
    fragment_shader_ = start_compile(GL_FRAGMENT_SHADER, embedded::shader_timeline_frag, "");
    program_ = glCreateProgram();
    glAttachShader(program_, vertex_shader_);
    glAttachShader(program_, fragment_shader_);
    glLinkProgram(program_);
    stage_ = Stage::Linking;
}

bool GlTimeline::finish_link() {
    if (stage_ == Stage::Linking) {
        static const bool parallel = has_parallel_compile();
        GLint done = 1;
        if (parallel) {
            glGetProgramiv(program_, kCompletionStatus, &done);
        }
        if (!done) {
            return false; // next frame
        }
        GLint ok = 0;
        glGetProgramiv(program_, GL_LINK_STATUS, &ok);
        if (!ok) {
            report_compile(vertex_shader_, "vertex");
            report_compile(fragment_shader_, "fragment");
            std::fprintf(stderr, "app: timeline shaders do not link\n");
        }
        glDeleteShader(vertex_shader_);
        glDeleteShader(fragment_shader_);
        if (!ok) {
            stage_ = Stage::Failed;
            return false;
        }

        glGenVertexArrays(1, &vao_);
        glGenBuffers(1, &buffer_);
        glBindVertexArray(vao_);
        if (path_ == OverviewPath::Instanced) {
            // One vec4 per instance, and the unit quad's four corners shared by all.
            static constexpr float kUnitQuad[] = {0, 0, 1, 0, 0, 1, 1, 1};
            glGenBuffers(1, &quad_buffer_);
            glBindBuffer(GL_ARRAY_BUFFER, quad_buffer_);
            glBufferData(GL_ARRAY_BUFFER, sizeof kUnitQuad, kUnitQuad, GL_STATIC_DRAW);
            glEnableVertexAttribArray(1);
            glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
            glBindBuffer(GL_ARRAY_BUFFER, buffer_);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, sizeof(LaneInstance), nullptr);
            glVertexAttribDivisor(0, 1);
        } else {
            // One vec4 per corner, the segment's own four times; which corner a vertex is
            // comes from gl_VertexID. The index buffer belongs to the vertex array.
            glGenBuffers(1, &index_buffer_);
            glBindBuffer(GL_ARRAY_BUFFER, buffer_);
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, sizeof(LaneInstance), nullptr);
        }
        glBindVertexArray(0);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        const char* names[] = {"u_window",    "u_rect",  "u_rows",   "u_lanes", "u_open_until",
                               "u_min_width", "u_alpha", "u_darken", "u_colors"};
        for (int u = 0; u <= kColors; ++u) {
            uniforms_[u] = glGetUniformLocation(program_, names[u]);
        }
        stage_ = Stage::Ready;
    }
    return stage_ == Stage::Ready;
}

void GlTimeline::upload(const std::vector<LaneInstance>& slots, size_t first, size_t last) {
    if (first >= last) {
        return;
    }
    if (path_ == OverviewPath::Instanced) {
        glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(first * sizeof(LaneInstance)),
                        static_cast<GLsizeiptr>((last - first) * sizeof(LaneInstance)),
                        slots.data() + first);
        return;
    }
    corners_.resize((last - first) * kCorners);
    for (size_t i = first; i < last; ++i) {
        std::fill_n(corners_.begin() + static_cast<long>((i - first) * kCorners), kCorners,
                    slots[i]);
    }
    glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(first * kCorners * sizeof(LaneInstance)),
                    static_cast<GLsizeiptr>(corners_.size() * sizeof(LaneInstance)),
                    corners_.data());
}

bool GlTimeline::draw(ImDrawList* dl, ImVec2 min, ImVec2 max,
                      const std::vector<LaneInstance>& slots,
                      const std::vector<InstanceRange>& changed, const Frame& frame) {
    prepare();
    if (!finish_link()) {
        return false;
    }

    // NOTE: ImGui's backend binds its own buffers at render time; binding
    // ours here, outside the render, disturbs nothing it relies on.
    const bool instanced = path_ == OverviewPath::Instanced;
    const size_t segment_bytes = (instanced ? 1 : kCorners) * sizeof(LaneInstance);
    glBindBuffer(GL_ARRAY_BUFFER, buffer_);
    if (slots.size() > capacity_) {
        // Room for twice as many, so a growing run reallocates rarely.
        constexpr size_t kMinCapacity = 4096;
        capacity_ = std::max(slots.size() * 2, kMinCapacity);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(capacity_ * segment_bytes), nullptr,
                     GL_DYNAMIC_DRAW);
        upload(slots, 0, slots.size());
        if (!instanced) {
            // Two triangles a segment: corners 0 1 2 and 2 1 3 of its four vertices, as a
            // strip of the unit quad's four makes them on the instanced path.
            std::vector<uint32_t> indices(capacity_ * kIndices);
            for (size_t i = 0; i < capacity_; ++i) {
                const auto v = static_cast<uint32_t>(i * kCorners);
                const uint32_t quad[kIndices] = {v, v + 1, v + 2, v + 2, v + 1, v + 3};
                std::copy(quad, quad + kIndices, indices.begin() + static_cast<long>(i * kIndices));
            }
            glBindVertexArray(vao_);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                         static_cast<GLsizeiptr>(indices.size() * sizeof(uint32_t)), indices.data(),
                         GL_STATIC_DRAW);
            glBindVertexArray(0);
        }
    } else {
        for (const InstanceRange& r : changed) {
            upload(slots, r.first, std::min(r.last, slots.size()));
        }
    }
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    count_ = static_cast<int>(slots.size());
    min_ = min;
    max_ = max;
    frame_ = frame;
    frame_.rows = std::max(frame.rows, 1);
    frame_.lanes = std::max<size_t>(frame.lanes, 1);
    dl->AddCallback(&GlTimeline::render, this);
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
    return true;
}

void GlTimeline::draw_image(ImDrawList* dl, ImVec2 min, ImVec2 max,
                            const std::vector<uint8_t>& rgba, int w, int h, bool changed) {
    if (w <= 0 || h <= 0 || rgba.size() < static_cast<size_t>(w) * static_cast<size_t>(h) * 4) {
        return;
    }
    if (texture_ == 0) {
        glGenTextures(1, &texture_);
        glBindTexture(GL_TEXTURE_2D, texture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        changed = true;
    } else if (changed) {
        glBindTexture(GL_TEXTURE_2D, texture_);
    }
    if (changed || w != texture_w_ || h != texture_h_) {
        if (w != texture_w_ || h != texture_h_) {
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                         rgba.data());
            texture_w_ = w;
            texture_h_ = h;
        } else {
            glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
        }
        glBindTexture(GL_TEXTURE_2D, 0);
    }
    dl->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture_)), min, max);
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
    const Frame& f = self->frame_;
    auto seconds = [](int64_t ns) { return static_cast<float>(static_cast<double>(ns) / 1e9); };
    glUseProgram(self->program_);
    const int* u = self->uniforms_;
    glUniform2f(u[kWindow], seconds(f.window.t0), seconds(f.window.t1 - f.window.t0));
    glUniform4f(u[kRect], ndc_x(self->min_.x), ndc_y(self->min_.y), ndc_x(self->max_.x),
                ndc_y(self->max_.y));
    glUniform1f(u[kRows], static_cast<float>(f.rows));
    glUniform1f(u[kLanes], static_cast<float>(f.lanes));
    glUniform1f(u[kOpenUntil], seconds(f.open_until));
    glUniform1f(u[kMinWidth], 2.0f / size.x);
    glUniform1f(u[kAlpha], f.alpha);
    float colors[6 * 4];
    for (int s = 0; s < 6; ++s) {
        const ImVec4 c = state_color(static_cast<GoroutineState>(s));
        colors[s * 4 + 0] = c.x;
        colors[s * 4 + 1] = c.y;
        colors[s * 4 + 2] = c.z;
        colors[s * 4 + 3] = 1.0f;
    }
    glUniform4fv(u[kColors], 6, colors);

    // Folded rows add up: premultiplied colour, added, not blended over. On the light
    // theme's near-white panel an added colour saturates to white at once, so there each
    // row takes away the colour's complement instead: a few rows tint the panel towards the
    // state's colour, many darken it, as many brighten the dark theme's.
    const bool folded = f.alpha < 1.0f;
    const bool darken = folded && current_theme() == ThemeKind::Light;
    glUniform1f(u[kDarken], darken ? 1.0f : 0.0f);
    glEnable(GL_BLEND);
    glBlendEquation(darken ? GL_FUNC_REVERSE_SUBTRACT : GL_FUNC_ADD);
    glBlendFunc(GL_ONE, folded ? GL_ONE : GL_ONE_MINUS_SRC_ALPHA);
    glBindVertexArray(self->vao_);
    if (self->path_ == OverviewPath::Instanced) {
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, static_cast<GLsizei>(kCorners), self->count_);
    } else {
        glDrawElements(GL_TRIANGLES, self->count_ * kIndices, GL_UNSIGNED_INT, nullptr);
    }
    glBindVertexArray(0);
    glBlendEquation(GL_FUNC_ADD); // as ImGui's own drawing expects
}

} // namespace golab
