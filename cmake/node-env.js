// node-env.js: a --pre-js of every program built to run under node (the CLI, the unit tests).
//
// Emscripten's getenv sees an environment of its own (USER=web_user and a few more), never
// node's process.env, so GOLAB_GC=0 or GOLAB_GC_STRESS=1 given to `goroutine-lab run` would be
// silently ignored under node. Before main, the GOLAB_* variables are copied across.
// NOTE: preRun runs on node's own thread, where ENV lives; the workers ask that thread for the
// environment (environ_get is proxied), so they see the copy too.
// NOTE: plain ES5 loops: Emscripten 3.1.6's minifier breaks a destructuring for-of.
Module['preRun'] = [].concat(Module['preRun'] || [], function () {
    for (var name in process.env) {
        if (name.indexOf('GOLAB_') === 0) {
            ENV[name] = process.env[name];
        }
    }
});
