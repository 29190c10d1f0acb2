// app_frame_bench_gl.cpp: the few GL ES 3.0 calls src/app/gl_timeline.cpp makes, as no-ops
// that succeed, so tools/app_frame_bench.cpp can run the App's views natively without a GL
// context. Buffer uploads are counted: in the page each byte is copied to the GPU process.

#include <GLES3/gl3.h>

#include <cstddef>

namespace golab_bench {
size_t uploaded_bytes = 0; // read by app_frame_bench.cpp
}

extern "C" {

GLuint glCreateShader(GLenum) {
    return 1;
}
void glShaderSource(GLuint, GLsizei, const GLchar* const*, const GLint*) {}
void glCompileShader(GLuint) {}
void glGetShaderiv(GLuint, GLenum, GLint* params) {
    *params = GL_TRUE;
}
void glGetShaderInfoLog(GLuint, GLsizei, GLsizei*, GLchar*) {}
void glDeleteShader(GLuint) {}
GLuint glCreateProgram() {
    return 1;
}
void glAttachShader(GLuint, GLuint) {}
void glLinkProgram(GLuint) {}
void glGetProgramiv(GLuint, GLenum, GLint* params) {
    *params = GL_TRUE;
}
void glGenVertexArrays(GLsizei n, GLuint* arrays) {
    for (GLsizei i = 0; i < n; ++i) {
        arrays[i] = static_cast<GLuint>(i + 1);
    }
}
void glGenBuffers(GLsizei n, GLuint* buffers) {
    for (GLsizei i = 0; i < n; ++i) {
        buffers[i] = static_cast<GLuint>(i + 1);
    }
}
void glBindVertexArray(GLuint) {}
void glBindBuffer(GLenum, GLuint) {}
void glEnableVertexAttribArray(GLuint) {}
void glVertexAttribPointer(GLuint, GLint, GLenum, GLboolean, GLsizei, const void*) {}
void glVertexAttribDivisor(GLuint, GLuint) {}
void glBufferData(GLenum, GLsizeiptr size, const void*, GLenum) {
    golab_bench::uploaded_bytes += static_cast<size_t>(size);
}
void glBufferSubData(GLenum, GLintptr, GLsizeiptr size, const void*) {
    golab_bench::uploaded_bytes += static_cast<size_t>(size);
}
void glScissor(GLint, GLint, GLsizei, GLsizei) {}
void glUseProgram(GLuint) {}
GLint glGetUniformLocation(GLuint, const GLchar*) {
    return 0;
}
void glUniform1f(GLint, GLfloat) {}
void glUniform2f(GLint, GLfloat, GLfloat) {}
void glUniform4f(GLint, GLfloat, GLfloat, GLfloat, GLfloat) {}
void glUniform4fv(GLint, GLsizei, const GLfloat*) {}
void glEnable(GLenum) {}
void glBlendFunc(GLenum, GLenum) {}
void glBlendEquation(GLenum) {}
void glDrawElements(GLenum, GLsizei, GLenum, const void*) {}
void glDrawArraysInstanced(GLenum, GLint, GLsizei, GLsizei) {}
void glDeleteProgram(GLuint) {}
void glDeleteVertexArrays(GLsizei, const GLuint*) {}
void glDeleteBuffers(GLsizei, const GLuint*) {}
void glDeleteTextures(GLsizei, const GLuint*) {}
void glGenTextures(GLsizei n, GLuint* textures) {
    for (GLsizei i = 0; i < n; ++i) {
        textures[i] = static_cast<GLuint>(i + 1);
    }
}
void glBindTexture(GLenum, GLuint) {}
void glTexParameteri(GLenum, GLenum, GLint) {}
void glTexImage2D(GLenum, GLint, GLint, GLsizei w, GLsizei h, GLint, GLenum, GLenum, const void*) {
    golab_bench::uploaded_bytes += static_cast<size_t>(w) * static_cast<size_t>(h) * 4;
}
void glTexSubImage2D(GLenum, GLint, GLint, GLint, GLsizei w, GLsizei h, GLenum, GLenum,
                     const void*) {
    golab_bench::uploaded_bytes += static_cast<size_t>(w) * static_cast<size_t>(h) * 4;
}
const GLubyte* glGetString(GLenum) {
    return reinterpret_cast<const GLubyte*>("");
}

} // extern "C"
