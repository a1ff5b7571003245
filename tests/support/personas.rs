//! The runners the end-to-end tests play, as the button labels they press (en-US).

/// The article's desk worker: long hours sitting, head forward, rarely stretches. Every
/// question of the check, in order; the result ranks posture first.
pub const DESK_WORKER: &[&str] = &[
    "None of these",
    "None of these",
    "5",
    "It started with this run",
    "Between my shoulder blades",
    "Right after the run",
    "More than two years",
    "8 hours or more",
    "Yes, easily",
    "No, they look relaxed",
    "Deep and steady, from the belly",
    "Short and easy",
    "Plenty",
    "Yes, that's me",
    "Hardly ever",
    "Yes, every time",
    "Yes, every week",
    "A mix",
    "Fairly new and comfy",
    "Quick, light steps",
];
