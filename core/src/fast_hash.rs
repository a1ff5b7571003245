//! A fast hash for the bot's own short keys (question ids, message ids), looked up many
//! times on every step of every check: foldhash, which reads eight bytes at a time (the FNV
//! written here before read one). Fixed-seeded, so not for anything a user controls: these
//! maps hold only the content's and locales' ids.

/// A map keyed by the bot's own ids.
pub type IdMap<V> = std::collections::HashMap<String, V, foldhash::fast::FixedState>;
