#pragma once
// Keeping a panel's texts in the chosen language: Qt sends a LanguageChange
// event to every window after a translator is installed, and each widget
// passes it on to all its children, widgets or not. A small child object
// catches it and sets the texts again.

#include <QObject>
#include <functional>

namespace coverplan::desktop {

/// `apply` must not delete children of the owner's widget: QWidget hands
/// the event on from a list of its children taken before, so a deleted one
/// would still be sent the event. A panel that rebuilds its children
/// overrides changeEvent() instead, which runs before that list is taken.
///
/// Runs `apply` (which sets texts through tr()) now, and again each time a
/// language change reaches `owner` (a widget, or an object owned by one).
void keep_translated(QObject* owner, std::function<void()> apply);

}  // namespace coverplan::desktop
