// node-pool.js: sizes the command line's pool of workers from its own arguments (--pre-js of
// build/node/goroutine-lab.js; PTHREAD_POOL_SIZE reads Module.golabPoolSize).
//
// Every worker is a node isolate that boots and instantiates the module: about 0.1 CPU
// seconds each. The program needs one for main() (PROXY_TO_PTHREAD) and one per P, all
// before main() starts them; this repeats src/cli/main.cpp's choice of GOMAXPROCS so that
// no more are made. NOTE: a pool that comes out too small still works, since node's main
// thread is free to make a missing worker later; it only costs that worker's start-up then.
Module['golabPoolSize'] = (function () {
    var argv = typeof process == 'object' && process.argv ? process.argv.slice(2) : [];
    // Our flags come before the program's file; what follows it is the program's own.
    var args = [];
    for (var k = 0; k < argv.length; k++) {
        if (argv[k] == 'run' || argv[k].charAt(0) == '-') {
            args.push(argv[k]);
        } else if (k > 0 && /^--(seed|procs|speed|timeout|trace)$/.test(argv[k - 1])) {
            args.push(argv[k]);
        } else {
            break;
        }
    }
    var procs = Math.max(1, Math.min(4, require('os').cpus().length));
    if (args.indexOf('--virtual-time') >= 0 || args.indexOf('--virtual-time=true') >= 0) {
        procs = 4; // main.cpp: the virtual executor's four Ps, whatever the host
    }
    for (var i = 0; i < args.length; i++) {
        // --procs N, or --procs=N as Go's flag package also takes it
        var joined = /^--procs=(.*)$/.exec(args[i]);
        var n = joined ? Number(joined[1]) : i + 1 < args.length ? Number(args[i + 1]) : NaN;
        if ((joined || args[i] == '--procs') && n >= 1 && n <= 64) {
            procs = Math.floor(n);
        }
    }
    return 1 + procs;
})();
