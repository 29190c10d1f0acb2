#version 300 es
// timeline_frag.glsl: colours a timeline segment by its goroutine state, in
// the page's palette (Okabe-Ito based, as theme.cpp); u_alpha below 1 makes
// folded rows add up into a density heatmap.
precision mediump float;

flat in int v_state;
uniform vec4 u_colors[6]; // runnable, running, sleeping, waiting, done, lost
uniform float u_alpha;
out vec4 frag;

void main() {
    vec4 c = u_colors[clamp(v_state, 0, 5)];
    frag = vec4(c.rgb * u_alpha, u_alpha);
}
