#version 300 es
// timeline_vert.glsl: one instance per timeline segment, drawn as a quad.
// Times are in seconds from the run's start; the window maps them to the
// panel. Rows past the panel's height were folded into shared rows on the CPU
// side (see lane_instances.h), where additive blending turns them into density.
precision highp float;

layout(location = 0) in vec4 a_segment; // start s, end s, row, state
uniform vec2 u_window;                  // first second shown, seconds across
uniform vec4 u_rect;                    // panel in clip space: x0, y0, x1, y1
uniform float u_rows;                   // rows in the panel
uniform float u_min_width;              // clip-space width of the thinnest segment
flat out int v_state;

void main() {
    // Corner of the quad from the vertex id: (0,0) (1,0) (0,1) (1,1).
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    float x0 = (a_segment.x - u_window.x) / u_window.y;
    float x1 = (a_segment.y - u_window.x) / u_window.y;
    x0 = clamp(x0, 0.0, 1.0);
    x1 = clamp(x1, 0.0, 1.0);
    float left = mix(u_rect.x, u_rect.z, x0);
    float right = max(mix(u_rect.x, u_rect.z, x1), left + u_min_width);
    float row_h = (u_rect.w - u_rect.y) / u_rows;
    float top = u_rect.y + row_h * a_segment.z;
    gl_Position = vec4(mix(left, right, corner.x), top + row_h * 0.85 * corner.y, 0.0, 1.0);
    v_state = int(a_segment.w);
}
