//! A small, fast hash for the bot's own short keys (question ids, message ids), looked up on
//! every step of every check. Not for anything a user controls: FNV-1a has no protection
//! against chosen collisions, and these maps hold only the content's and locales' ids.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map keyed by the bot's own ids.
pub type IdMap<V> = std::collections::HashMap<String, V, BuildHasherDefault<Fnv>>;
