// platform.h: what the page's entry point shares with the JavaScript bridge.
//
// main_web.cpp owns the App; bridge.cpp forwards window.goroutineLab calls to it.
#pragma once

namespace golab {

class App;

// Returns the page's App, or nullptr before main() has created it.
App* platform_app();

// Makes the next frames draw again. The frame loop stops drawing once nothing has changed
// for a while (no input, no new Snapshot); call this after changing what the App shows by
// any other way, as the JavaScript bridge does.
void platform_wake();

} // namespace golab
