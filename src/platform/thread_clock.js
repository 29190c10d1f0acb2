// thread_clock.js: one clock for every thread of the page (linked with --post-js).
//
// Emscripten 3.1.6 gives each pthread's Web Worker the main thread's clock minus a drift it
// estimates from a postMessage timestamp, so the estimate is off by the message's delay.
// Measured in headless Chromium: a goroutine woke 10-20 ms "before" its timer as read by
// another worker, and the program clock showed 1878 ms after an 1881 ms sleep had ended.
// performance.timeOrigin + performance.now() reads the same clock in every worker; later
// Emscripten releases switched to it (emscripten-core/emscripten pull request 18267).
// NOTE: the wasm keeps its own reference to the old function for futex timeouts; those
// only compare readings taken on one thread, so mixing the two clocks is harmless.
if (typeof performance === 'object' && typeof performance.timeOrigin === 'number') {
  _emscripten_get_now = () => performance.timeOrigin + performance.now();
}
