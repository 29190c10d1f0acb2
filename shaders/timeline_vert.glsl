#version 300 es
// timeline_vert.glsl: one quad per timeline segment, in one draw call, by one
// of two paths (overview_path.h says which and why). With GOLAB_INSTANCED
// defined (gl_timeline.cpp adds the line), a segment is an instance and the
// four corners come from a shared unit quad; without it, a segment is four
// vertices that each carry the whole segment and the corner comes from the
// vertex's place among them. Both draw the same two triangles per segment.
// Times are in seconds from the run's start; the window maps them to the
// panel. Lanes past the panel's height fold into shared rows here, by lane
// index, where additive blending turns them into density; a lane's last
// segment reaches the live program clock (see lane_instances.h, which keeps
// the buffer and mirrors these two rules in lane_row and instance_end_s).
precision highp float;

layout(location = 0) in vec4 a_segment; // start s, end s, lane index, state (+8 when open)
#ifdef GOLAB_INSTANCED
layout(location = 1) in vec2 a_corner; // the unit quad: (0,0) (1,0) (0,1) (1,1)
#endif
uniform vec2 u_window;                  // first second shown, seconds across
uniform vec4 u_rect;                    // panel in clip space: x0, y0, x1, y1
uniform float u_rows;                   // rows in the panel
uniform float u_lanes;                  // lanes folded into them
uniform float u_open_until;             // the live program clock in seconds, 0 once ended
uniform float u_min_width;              // clip-space width of the thinnest segment
flat out int v_state;

// Returns which corner of its quad this vertex is: (0,0) (1,0) (0,1) (1,1).
vec2 quad_corner() {
#ifdef GOLAB_INSTANCED
    return a_corner;
#else
    return vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
#endif
}

void main() {
    // A hidden slot (a done or lost instant): every corner in one place draws nothing.
    if (a_segment.w < 0.0) {
        v_state = 0;
        gl_Position = vec4(-2.0, -2.0, 0.0, 1.0);
        return;
    }
    bool open = a_segment.w >= 8.0;
    float end_s = open ? max(a_segment.y, u_open_until) : a_segment.y;
    // NOTE: half a lane more keeps float division off the exact row boundaries.
    float row = floor((a_segment.z * u_rows + 0.5) / u_lanes);

    vec2 corner = quad_corner();
    float x0 = (a_segment.x - u_window.x) / u_window.y;
    float x1 = (end_s - u_window.x) / u_window.y;
    x0 = clamp(x0, 0.0, 1.0);
    x1 = clamp(x1, 0.0, 1.0);
    float left = mix(u_rect.x, u_rect.z, x0);
    float right = max(mix(u_rect.x, u_rect.z, x1), left + u_min_width);
    float row_h = (u_rect.w - u_rect.y) / u_rows;
    float top = u_rect.y + row_h * row;
    gl_Position = vec4(mix(left, right, corner.x), top + row_h * 0.85 * corner.y, 0.0, 1.0);
    v_state = int(open ? a_segment.w - 8.0 : a_segment.w);
}
