// lane_instances.cpp: segments to instances for the GPU overview (see lane_instances.h).

#include "app/lane_instances.h"

#include <algorithm>
#include <cmath>

namespace golab {

int overview_rows(size_t lanes, int max_rows) {
    return static_cast<int>(std::min<size_t>(lanes, static_cast<size_t>(std::max(max_rows, 1))));
}

int lane_row(size_t lane, size_t lanes, int rows) {
    if (lanes == 0 || rows <= 0) {
        return 0;
    }
    return static_cast<int>(lane * static_cast<size_t>(rows) / lanes);
}

float instance_end_s(const LaneInstance& inst, float open_until_s) {
    return inst.state >= LaneInstance::kOpenEnd ? std::max(inst.end_s, open_until_s) : inst.end_s;
}

float fold_alpha(size_t lanes, int rows) {
    if (rows <= 0 || lanes <= static_cast<size_t>(rows)) {
        return 1.0f;
    }
    return std::max(static_cast<float>(rows) / static_cast<float>(lanes), 1.0f / 255.0f);
}

void fold_image(const std::vector<LaneInstance>& slots, const FoldView& view,
                std::vector<uint8_t>& rgba) {
    const int w = std::max(view.width, 0);
    const int h = std::max(view.height, 0);
    rgba.resize(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    if (w == 0 || h == 0) {
        return;
    }
    const int rows = std::max(view.rows, 1);
    constexpr int kStates = 6;
    constexpr int kWaiting = static_cast<int>(GoroutineState::Waiting);

    // 1. Per row and state, how many lanes begin and end covering each column: a segment
    // covers the columns whose centres it spans, and at least min_width of them, as the
    // rasteriser would fill them.
    const size_t stride = static_cast<size_t>(w) + 1;
    std::vector<int32_t> steps(static_cast<size_t>(rows) * kStates * stride, 0);
    const float scale = static_cast<float>(w) / std::max(view.span_s, 1e-9f);
    for (const LaneInstance& inst : slots) {
        if (inst.state < 0) {
            continue; // hidden
        }
        const int state = static_cast<int>(inst.state) % static_cast<int>(LaneInstance::kOpenEnd);
        const float x0 = std::clamp((inst.start_s - view.t0_s) * scale, 0.0f, float(w));
        float x1 = std::clamp((instance_end_s(inst, view.open_until_s) - view.t0_s) * scale, 0.0f,
                              float(w));
        x1 = std::max(x1, x0 + view.min_width);
        const int c0 = std::clamp(static_cast<int>(std::lround(x0)), 0, w);
        const int c1 = std::clamp(static_cast<int>(std::lround(x1)), c0, w);
        if (state < 0 || state >= kStates || c0 == c1) {
            continue;
        }
        const int row = lane_row(static_cast<size_t>(inst.lane), view.lanes, rows);
        int32_t* line = &steps[(static_cast<size_t>(row) * kStates + size_t(state)) * stride];
        line[c0] += 1;
        line[c1] -= 1;
    }

    // 2. Each row's texels: its colour per column, made once (and once more hatched where
    // lanes wait), then copied to the top 85% of the row's height, as the shader draws a
    // lane's bar. Texels between rows keep the panel's colour.
    auto to_byte = [](float v) {
        return static_cast<uint8_t>(static_cast<int>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f));
    };
    const float sign = view.darken ? -1.0f : 1.0f;
    std::array<std::array<float, 3>, kStates> ink{};
    for (size_t st = 0; st < kStates; ++st) {
        for (size_t k = 0; k < 3; ++k) {
            const float c = view.colors[st][k];
            ink[st][k] = sign * (view.darken ? 1.0f - c : c) * view.alpha;
        }
    }
    const size_t row_bytes = static_cast<size_t>(w) * 4;
    std::vector<uint8_t> panel(row_bytes);
    for (int x = 0; x < w; ++x) {
        for (size_t k = 0; k < 3; ++k) {
            panel[size_t(x) * 4 + k] = to_byte(view.background[k]);
        }
        panel[size_t(x) * 4 + 3] = 255;
    }
    std::vector<float> colour(static_cast<size_t>(w) * 3);
    std::vector<float> waiting(static_cast<size_t>(w) * 3);
    std::vector<uint8_t> plain(row_bytes);
    std::vector<uint8_t> hatched(row_bytes);
    const float row_h = static_cast<float>(h) / static_cast<float>(rows);
    int painted_to = 0; // texel rows written so far
    for (int row = 0; row < rows; ++row) {
        const int y0 = std::clamp(static_cast<int>(std::ceil(row_h * float(row) - 0.5f)), 0, h);
        const int y1 =
            std::clamp(static_cast<int>(std::ceil(row_h * (float(row) + 0.85f) - 0.5f)), y0, h);
        for (; painted_to < y0; ++painted_to) {
            std::copy(panel.begin(), panel.end(),
                      rgba.begin() + long(size_t(painted_to) * row_bytes));
        }
        if (y0 == y1) {
            continue;
        }
        std::fill(colour.begin(), colour.end(), 0.0f);
        bool any_waiting = false;
        for (int state = 0; state < kStates; ++state) {
            const int32_t* line =
                &steps[(static_cast<size_t>(row) * kStates + size_t(state)) * stride];
            float* target = state == kWaiting ? waiting.data() : colour.data();
            if (state == kWaiting) {
                std::fill(waiting.begin(), waiting.end(), 0.0f);
            }
            const std::array<float, 3>& c = ink[size_t(state)];
            int32_t count = 0;
            for (int x = 0; x < w; ++x) {
                count += line[x];
                if (count != 0) {
                    const float n = static_cast<float>(count);
                    target[size_t(x) * 3 + 0] += c[0] * n;
                    target[size_t(x) * 3 + 1] += c[1] * n;
                    target[size_t(x) * 3 + 2] += c[2] * n;
                    any_waiting = any_waiting || state == kWaiting;
                }
            }
        }
        for (int x = 0; x < w; ++x) {
            for (size_t k = 0; k < 3; ++k) {
                const size_t at = size_t(x) * 3 + k;
                const float base = view.background[k] + colour[at];
                plain[size_t(x) * 4 + k] = to_byte(base + (any_waiting ? waiting[at] : 0.0f));
                // Every third diagonal texel of waiting is darker, as in the fragment shader.
                hatched[size_t(x) * 4 + k] =
                    any_waiting ? to_byte(base + 0.55f * waiting[at]) : plain[size_t(x) * 4 + k];
            }
            plain[size_t(x) * 4 + 3] = 255;
            hatched[size_t(x) * 4 + 3] = 255;
        }
        for (int y = y0; y < y1; ++y) {
            uint8_t* out = &rgba[size_t(y) * row_bytes];
            std::copy(plain.begin(), plain.end(), out);
            if (any_waiting) {
                for (int x = (3 - y % 3) % 3; x < w; x += 3) {
                    std::copy_n(&hatched[size_t(x) * 4], 4, out + size_t(x) * 4);
                }
            }
        }
        painted_to = y1;
    }
    for (; painted_to < h; ++painted_to) {
        std::copy(panel.begin(), panel.end(), rgba.begin() + long(size_t(painted_to) * row_bytes));
    }
}

void LaneInstances::clear() {
    slots_.clear();
    lane_slots_.clear();
    changed_.clear();
    dirty_.clear();
}

void LaneInstances::mark_changed(size_t slot) {
    if (dirty_.size() <= slot) {
        dirty_.resize(std::max(slot + 1, dirty_.size() * 2), 0);
    }
    if (dirty_[slot] == 0) {
        dirty_[slot] = 1;
        changed_.push_back(slot);
    }
}

void LaneInstances::write(size_t slot, const LaneInstance& inst) {
    if (slots_[slot] != inst) {
        slots_[slot] = inst;
        mark_changed(slot);
    }
}

void LaneInstances::update(const std::vector<TimelineLane>& lanes,
                           std::span<const uint32_t> changed) {
    if (lane_slots_.size() < lanes.size()) {
        lane_slots_.resize(lanes.size());
    }
    for (const uint32_t i : changed) {
        if (i >= lanes.size()) {
            continue;
        }
        const std::vector<TimelineSegment>& segs = lanes[i].segments;
        std::vector<uint32_t>& own = lane_slots_[i];
        for (size_t k = 0; k < segs.size(); ++k) {
            if (own.empty()) {
                own.reserve(segs.size() + 2); // a lane grows a segment or two after this
            }
            if (k == own.size()) {
                own.push_back(static_cast<uint32_t>(slots_.size()));
                slots_.push_back(LaneInstance{0, 0, static_cast<float>(i), LaneInstance::kHidden});
                mark_changed(own.back());
            }
            const TimelineSegment& s = segs[k];
            LaneInstance inst{0, 0, static_cast<float>(i), LaneInstance::kHidden};
            if (s.state != GoroutineState::Done && s.state != GoroutineState::Lost) {
                inst.start_s = static_cast<float>(static_cast<double>(s.start_ns) / 1e9);
                inst.end_s = static_cast<float>(static_cast<double>(s.end_ns) / 1e9);
                inst.state = static_cast<float>(static_cast<int>(s.state)) +
                             (k + 1 == segs.size() ? LaneInstance::kOpenEnd : 0.0f);
            }
            write(own[k], inst);
        }
        // A segment that lasted no time was taken back: its slot waits, hidden, for the next.
        for (size_t k = segs.size(); k < own.size(); ++k) {
            write(own[k], LaneInstance{0, 0, static_cast<float>(i), LaneInstance::kHidden});
        }
    }
}

std::vector<InstanceRange> LaneInstances::take_changed(size_t merge_gap) {
    // Slots in order: a walk over the marks between the lowest and the highest slot written
    // costs less than sorting the thousands of them a frame of a big run writes.
    std::vector<InstanceRange> out;
    if (changed_.empty()) {
        return out;
    }
    const auto [low, high] = std::minmax_element(changed_.begin(), changed_.end());
    for (size_t slot = *low; slot <= *high; ++slot) {
        if (dirty_[slot] == 0) {
            continue;
        }
        dirty_[slot] = 0;
        if (!out.empty() && slot <= out.back().last + merge_gap) {
            out.back().last = std::max(out.back().last, slot + 1);
        } else {
            out.push_back(InstanceRange{slot, slot + 1});
        }
    }
    changed_.clear();
    return out;
}

} // namespace golab
