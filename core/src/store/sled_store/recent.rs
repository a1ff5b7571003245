//! The sessions and preferences read or written lately, as values: every turn reads both, and
//! opening and decoding them cost more than the rest of the turn.
//!
//! Kept right by one rule: every write that reaches sled's session or preference trees
//! drops what is kept of that value for that user and moves the stamp on, before the
//! journal's tail is let go; a commit then keeps the value it wrote, still holding the tail.
//! Only the value written is dropped: a session is written at nearly every turn, and with it
//! the preferences were dropped too, to be read, opened and decoded again by the next turn (a
//! sixth of a turn's CPU on sled, measured with the database on tmpfs). A value read without
//! the tail is kept only if the stamp did not move while it was read, so a read that raced a
//! write never brings back what the write replaced.

use std::collections::HashMap;

use parking_lot::{Mutex, MutexGuard};

use super::keyring::Prefix;
use crate::{prefs::Prefs, session::Session};

/// Which of a user's values a write reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Session,
    Prefs,
}

/// More than this many users kept, and all are let go (the next turns read them again).
const MOST: usize = 4_096;

#[derive(Default)]
struct Kept {
    stamp: u64,
    sessions: HashMap<Prefix, Option<Session>>,
    prefs: HashMap<Prefix, Prefs>,
}

#[derive(Default)]
pub struct Recent {
    /// Taken several times a turn, for a moment each (a `parking_lot` lock for the reason
    /// the journal's tail is one).
    kept: Mutex<Kept>,
}

impl Recent {
    fn kept(&self) -> MutexGuard<'_, Kept> {
        self.kept.lock()
    }

    /// The stamp to read a value at.
    pub fn stamp(&self) -> u64 {
        self.kept().stamp
    }

    pub fn session(&self, prefix: &Prefix) -> Option<Option<Session>> {
        self.kept().sessions.get(prefix).cloned()
    }

    pub fn prefs(&self, prefix: &Prefix) -> Option<Prefs> {
        self.kept().prefs.get(prefix).cloned()
    }

    /// Keeps a session read at `stamp`, unless a write came since.
    pub fn read_session(&self, prefix: Prefix, stamp: u64, session: Option<Session>) {
        let mut kept = self.kept();
        if kept.stamp == stamp {
            Self::room(&mut kept);
            kept.sessions.insert(prefix, session);
        }
    }

    /// Keeps preferences read at `stamp`, unless a write came since.
    pub fn read_prefs(&self, prefix: Prefix, stamp: u64, prefs: Prefs) {
        let mut kept = self.kept();
        if kept.stamp == stamp {
            Self::room(&mut kept);
            kept.prefs.insert(prefix, prefs);
        }
    }

    /// A write reached the user's session or preferences: what was kept of it is let go.
    pub fn changed(&self, prefix: &Prefix, kind: Kind) {
        let mut kept = self.kept();
        kept.stamp += 1;
        match kind {
            Kind::Session => drop(kept.sessions.remove(prefix)),
            Kind::Prefs => drop(kept.prefs.remove(prefix)),
        }
    }

    /// Keeps what a commit wrote (called with the tail held, after the write).
    pub fn wrote_session(&self, prefix: Prefix, session: Option<Session>) {
        let mut kept = self.kept();
        Self::room(&mut kept);
        kept.sessions.insert(prefix, session);
    }

    /// Keeps what a commit wrote (called with the tail held, after the write).
    pub fn wrote_prefs(&self, prefix: Prefix, prefs: Prefs) {
        let mut kept = self.kept();
        Self::room(&mut kept);
        kept.prefs.insert(prefix, prefs);
    }

    fn room(kept: &mut Kept) {
        if kept.sessions.len() + kept.prefs.len() >= MOST {
            kept.sessions.clear();
            kept.prefs.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_read_while_a_write_came_is_not_kept_and_a_written_one_is() {
        let recent = Recent::default();
        let p = [7u8; 16];
        let stamp = recent.stamp();
        recent.changed(&p, Kind::Prefs);
        recent.read_prefs(p, stamp, Prefs::default());
        assert_eq!(recent.prefs(&p), None, "read before the write: not kept");
        let welcomed = Prefs { welcomed: true, ..Prefs::default() };
        recent.wrote_prefs(p, welcomed.clone());
        assert_eq!(recent.prefs(&p), Some(welcomed));
        recent.changed(&p, Kind::Prefs);
        assert_eq!(recent.prefs(&p), None);
        let stamp = recent.stamp();
        recent.read_session(p, stamp, None);
        assert_eq!(recent.session(&p), Some(None));
    }

    #[test]
    fn a_write_lets_go_only_of_the_value_it_reached() {
        let recent = Recent::default();
        let p = [7u8; 16];
        let welcomed = Prefs { welcomed: true, ..Prefs::default() };
        recent.wrote_prefs(p, welcomed.clone());
        recent.wrote_session(p, None);
        recent.changed(&p, Kind::Session);
        assert_eq!(recent.session(&p), None, "the session written is read again");
        assert_eq!(recent.prefs(&p), Some(welcomed), "the preferences it did not reach stay");
        recent.changed(&p, Kind::Prefs);
        assert_eq!(recent.prefs(&p), None);
    }
}
