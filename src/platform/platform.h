// platform.h: what the page's entry point shares with the JavaScript bridge.
//
// main_web.cpp owns the App; bridge.cpp forwards window.goroutineLab calls to it.
#pragma once

namespace golab {

class App;

// Returns the page's App, or nullptr before main() has created it.
App* platform_app();

} // namespace golab
