#pragma once
// A value that copies of a plan share until one of them changes it. A plan
// is copied for every prospect recorded in the field (the live service
// publishes a new plan each time) and for every scenario; the per-point
// placements (10^7 subscribers, 10^6 leads with their covering nodes) and
// the demand clusters' geometries are the bulk of it and rarely change, so
// copying them made recording one prospect at scale L take seconds.

#include <memory>
#include <utility>

namespace coverplan::planner {

template <class T>
class Shared {
public:
    Shared() : value_(std::make_shared<T>()) {}
    Shared(T value) : value_(std::make_shared<T>(std::move(value))) {}  // NOLINT(google-explicit-constructor)
    // Copies share; a move copies too, so no holder is ever left empty.
    Shared(const Shared&) = default;
    Shared& operator=(const Shared&) = default;

    const T& operator*() const { return *value_; }
    const T* operator->() const { return value_.get(); }

    /// The value to change: copied first when another holder shares it, so
    /// the others keep seeing what they saw (a reader of the previous plan
    /// on another thread included).
    T& edit() {
        if (value_.use_count() > 1) value_ = std::make_shared<T>(std::as_const(*value_));
        return *value_;
    }

private:
    std::shared_ptr<T> value_;  // never null
};

}  // namespace coverplan::planner
