#version 300 es
// timeline_frag.glsl: colours a timeline segment by its goroutine state, in
// the page's palette (Okabe-Ito based, as theme.cpp); u_alpha below 1 makes
// folded rows add up into a density heatmap (u_darken: the colour's complement,
// which the light theme subtracts). Waiting is hatched (every third diagonal
// pixel darker), so it differs from sleeping without colour.
precision mediump float;

flat in int v_state;
uniform vec4 u_colors[6]; // runnable, running, sleeping, waiting, done, lost
uniform float u_alpha;
uniform float u_darken; // 0 or 1
out vec4 frag;

void main() {
    vec4 c = u_colors[clamp(v_state, 0, 5)];
    if (v_state == 3 && mod(gl_FragCoord.x + gl_FragCoord.y, 3.0) < 1.0) {
        c.rgb *= 0.55;
    }
    frag = vec4(mix(c.rgb, 1.0 - c.rgb, u_darken) * u_alpha, u_alpha);
}
