//! Each user's records are sealed with a key of their own, kept in a small file beside the
//! database instead of in sled's log. /forget overwrites the user's slot in that file in
//! place and syncs it: from then on every copy of their records sled still carries in old
//! log segments (which it reuses only much later) is ciphertext without a key. That is what
//! makes forgetting real on a log-structured store (crypto-shredding).
//!
//! The file: a header (magic, then a secret for looking users up), then 64-byte slots of
//! `lookup ‖ prefix ‖ key`. `lookup` is a keyed hash of the user's key, so the file names
//! nobody; `prefix` is random and is what the user's records are stored under, so sled's keys
//! name nobody either, and a user who comes back after /forget gets a new one. An all-zero
//! slot is free.
//!
//! A new key is written at the store's durability (`UPBACK_SYNC`), like a journal record: at
//! the default, onto the disk without flushing its cache. Every record sealed with the key is
//! written after that write has finished, so a kill or a system crash never leaves a record
//! without its key, and any later cache flush keeps the key with the records. Only a power
//! cut that takes the disk's cache can lose it, as it can lose acknowledged records at that
//! setting: the newest users' records are then lost, or left behind unreadable. A slot such
//! a cut left written in part is freed at the next open ([`is_torn`]). For the write to need
//! no file size recorded, the file grows by [`GROW_SLOTS`] zero (free) slots at a time,
//! synced in full. A forget's overwrite is always synced in full (`fdatasync`): a key
//! brought back by a power cut would undo it.

use std::{
    fs::{File, OpenOptions},
    io::{Read, Write},
    path::Path,
    sync::Mutex,
};

use chacha20poly1305::{
    aead::{Aead, AeadInPlace, KeyInit, Payload},
    XChaCha20Poly1305, XNonce,
};
use hashbrown::HashTable;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::side_file::Durability;
use crate::{input::UserKey, store::StoreError};

const MAGIC: &[u8; 16] = b"upback-keys\0\0\0\0\x01";
const HEADER: usize = 48;
const SLOT: usize = 64;
/// The file grows by this many free slots at a time (64 KiB): one full sync per 1,024 new
/// users, instead of one for each.
const GROW_SLOTS: u64 = 1024;
/// The first byte of a sealed value: how it was sealed.
const SEALED_V1: u8 = 1;
const NONCE: usize = 24;
const TAG: usize = 16;

/// The random name a user's records are stored under.
pub type Prefix = [u8; 16];
type Lookup = [u8; 16];

/// A user's key, to seal and open their records with.
#[derive(Clone)]
pub struct UserSeal {
    pub prefix: Prefix,
    key: [u8; 32],
}

/// The file's slots as they are on disk (all zeros where free), and two indexes into them
/// that hold slot numbers only. Lookups and prefixes are random already, so their first
/// bytes are their hash. 100,000 users take 7.7 MB this way; two maps of copies took 14.
#[derive(Default)]
struct Ring {
    slots: Vec<[u8; SLOT]>,
    by_lookup: HashTable<u32>,
    by_prefix: HashTable<u32>,
    free: Vec<u32>,
}

fn hash(bytes: &[u8; 16]) -> u64 {
    let mut first = [0u8; 8];
    first.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(first)
}

/// The lookups' HMAC, keyed with the key file's secret.
fn keyed(secret: &[u8; 32]) -> Result<Hmac<Sha256>, StoreError> {
    <Hmac<Sha256> as Mac>::new_from_slice(secret)
        .map_err(|e| StoreError::Backend(format!("the key file's secret: {e}")))
}

// (The slices are always 16 bytes long: the fallback never happens.)
fn lookup_of(slot: &[u8; SLOT]) -> &[u8; 16] {
    slot[..16].try_into().unwrap_or(&[0; 16])
}

fn prefix_of(slot: &[u8; SLOT]) -> &[u8; 16] {
    slot[16..32].try_into().unwrap_or(&[0; 16])
}

/// Whether a slot that is not free was written only in part: a power cut can keep one
/// sector of a slot and lose the next (slots straddle sector boundaries right after their
/// lookup), leaving a lookup without its key, or a key nobody can look up and so forget.
/// Each part is random and 16 bytes or more: all zeros means it never reached the disk.
fn is_torn(slot: &[u8; SLOT]) -> bool {
    let zero = |part: &[u8]| part.iter().all(|b| *b == 0);
    zero(&slot[..16]) || zero(&slot[16..32]) || zero(&slot[32..])
}

impl Ring {
    fn slot(&self, index: u32) -> &[u8; SLOT] {
        &self.slots[index as usize]
    }

    fn seal(&self, index: u32) -> UserSeal {
        let slot = self.slot(index);
        let mut key = [0u8; 32];
        key.copy_from_slice(&slot[32..]);
        UserSeal { prefix: *prefix_of(slot), key }
    }

    fn find(&self, lookup: &Lookup) -> Option<u32> {
        self.by_lookup.find(hash(lookup), |i| lookup_of(self.slot(*i)) == lookup).copied()
    }

    fn find_prefix(&self, prefix: &Prefix) -> Option<u32> {
        self.by_prefix.find(hash(prefix), |i| prefix_of(self.slot(*i)) == prefix).copied()
    }

    /// Puts `bytes` (a used slot) at `index` and indexes it.
    fn fill(&mut self, index: u32, bytes: [u8; SLOT]) {
        let at = index as usize;
        if at >= self.slots.len() {
            self.slots.resize(at + 1, [0; SLOT]);
        }
        self.slots[at] = bytes;
        let slots = &self.slots;
        self.by_lookup
            .insert_unique(hash(lookup_of(&bytes)), index, |i| hash(lookup_of(&slots[*i as usize])));
        self.by_prefix
            .insert_unique(hash(prefix_of(&bytes)), index, |i| hash(prefix_of(&slots[*i as usize])));
    }

    /// Frees the slot at `index`, in memory.
    fn empty(&mut self, index: u32) {
        let slot = *self.slot(index);
        if let Ok(entry) = self.by_lookup.find_entry(hash(lookup_of(&slot)), |i| *i == index) {
            entry.remove();
        }
        if let Ok(entry) = self.by_prefix.find_entry(hash(prefix_of(&slot)), |i| *i == index) {
            entry.remove();
        }
        self.slots[index as usize] = [0; SLOT];
        self.free.push(index);
    }

    /// The slot a new key goes in: a free one, or one past the end.
    fn take_free(&mut self) -> Result<u32, StoreError> {
        match self.free.pop() {
            Some(index) => Ok(index),
            None => {
                let index = u32::try_from(self.slots.len())
                    .map_err(|_| StoreError::Backend("the key file is full".into()))?;
                self.slots.push([0; SLOT]);
                Ok(index)
            }
        }
    }
}

/// Where slot `index` starts in the file.
fn slot_at(index: u32) -> u64 {
    HEADER as u64 + u64::from(index) * SLOT as u64
}

/// The key file, and how long it is on the disk (synced in full at the open and at each
/// growth).
struct KeyFile {
    file: File,
    allocated: u64,
}

pub struct KeyRing {
    /// The HMAC that turns a user into their lookup, keyed once with the file's secret (a
    /// lookup then hashes the user, not the key again: several lookups a turn).
    lookups: Hmac<Sha256>,
    /// `None` for a throwaway store: keys live as long as the process.
    file: Option<Mutex<KeyFile>>,
    /// How far a new key's write goes before it is used.
    durability: Durability,
    ring: Mutex<Ring>,
    /// Held while a key is made or destroyed (a synced write), so that lookups, which take
    /// only `ring` for a moment, never wait for the disk.
    changing: Mutex<()>,
}

fn io(what: &str, e: std::io::Error) -> StoreError {
    StoreError::Backend(format!("the key file: {what}: {e}"))
}

fn random<const N: usize>() -> Result<[u8; N], StoreError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Backend(format!("no randomness: {e}")))?;
    Ok(bytes)
}

impl KeyRing {
    /// Opens `path`, or creates it (synced, with its directory). A database whose key file
    /// went missing is refused by the caller before this is called: its records could not
    /// be read.
    pub fn open(path: &Path, durability: Durability) -> Result<Self, StoreError> {
        let exists = path.exists();
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(path).map_err(|e| io("open", e))?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map_err(|e| io("read", e))?;
        if !exists || bytes.is_empty() {
            let secret = random::<32>()?;
            let mut header = MAGIC.to_vec();
            header.extend_from_slice(&secret);
            file.write_all(&header).map_err(|e| io("write", e))?;
            file.sync_all().map_err(|e| io("sync", e))?;
            if let Some(dir) = path.parent() {
                File::open(dir).and_then(|d| d.sync_all()).map_err(|e| io("sync its directory", e))?;
            }
            return Ok(Self {
                lookups: keyed(&secret)?,
                file: Some(Mutex::new(KeyFile { file, allocated: HEADER as u64 })),
                durability,
                ring: Mutex::new(Ring::default()),
                changing: Mutex::default(),
            });
        }
        if bytes.len() < HEADER || &bytes[..16] != MAGIC {
            return Err(StoreError::Corrupt(format!("{} is not an upback key file", path.display())));
        }
        let mut secret = [0u8; 32];
        secret.copy_from_slice(&bytes[16..HEADER]);
        let count = (bytes.len() - HEADER) / SLOT;
        let mut ring = Ring {
            slots: Vec::with_capacity(count),
            by_lookup: HashTable::with_capacity(count),
            by_prefix: HashTable::with_capacity(count),
            free: Vec::new(),
        };
        // A slot cut short by a crash while it was appended was never acknowledged: ignored.
        let mut torn = Vec::new();
        for (index, slot) in bytes[HEADER..].chunks_exact(SLOT).enumerate() {
            let index = u32::try_from(index)
                .map_err(|_| StoreError::Corrupt(format!("{} has too many slots", path.display())))?;
            let mut copy = [0u8; SLOT];
            copy.copy_from_slice(slot);
            if copy.iter().all(|b| *b == 0) {
                ring.slots.push(copy);
                ring.free.push(index);
            } else if is_torn(&copy) {
                ring.slots.push([0; SLOT]);
                ring.free.push(index);
                torn.push(index);
            } else {
                ring.fill(index, copy);
            }
        }
        let allocated = bytes.len() as u64;
        drop(bytes);
        if !torn.is_empty() {
            // Freed on disk too: a key cut in half must never come back whole.
            for index in &torn {
                super::side_file::write_at(&file, &[0; SLOT], slot_at(*index))
                    .map_err(|e| io("free a torn slot", e))?;
            }
            tracing::warn!(
                slots = torn.len(),
                "the key file held keys written only in part (a power cut while they were made); they are freed, and the records sealed with them cannot be read"
            );
        }
        // What `allocated` says is on the disk, whatever the last run left unsynced.
        file.sync_data().map_err(|e| io("sync", e))?;
        Ok(Self {
            lookups: keyed(&secret)?,
            file: Some(Mutex::new(KeyFile { file, allocated })),
            durability,
            ring: Mutex::new(ring),
            changing: Mutex::default(),
        })
    }

    /// How long the key file is (its header and every slot it has grown to); 0 for a
    /// throwaway store. The store records it, so that a file cut short is found at the next
    /// open instead of its users looking new.
    pub fn allocated(&self) -> u64 {
        self.file.as_ref().map_or(0, |f| f.lock().unwrap_or_else(|p| p.into_inner()).allocated)
    }

    /// How many keys the file holds.
    pub fn count(&self) -> usize {
        self.ring().by_prefix.len()
    }

    /// Whether the key under `prefix` is the one `user` is looked up by.
    pub fn belongs_to(&self, prefix: &Prefix, user: &UserKey) -> Result<bool, StoreError> {
        Ok(self.get(user)?.is_some_and(|seal| seal.prefix == *prefix))
    }

    /// Keys in memory only, for a throwaway store.
    pub fn temporary() -> Result<Self, StoreError> {
        Ok(Self {
            lookups: keyed(&random::<32>()?)?,
            file: None,
            durability: Durability::Disk,
            ring: Mutex::new(Ring::default()),
            changing: Mutex::default(),
        })
    }

    fn lookup(&self, user: &UserKey) -> Result<Lookup, StoreError> {
        let mut mac = self.lookups.clone();
        mac.update(user.as_str().as_bytes());
        let mut out = [0u8; 16];
        out.copy_from_slice(&mac.finalize().into_bytes()[..16]);
        Ok(out)
    }

    fn ring(&self) -> std::sync::MutexGuard<'_, Ring> {
        self.ring.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The user's key, if they have records.
    pub fn get(&self, user: &UserKey) -> Result<Option<UserSeal>, StoreError> {
        let lookup = self.lookup(user)?;
        let ring = self.ring();
        Ok(ring.find(&lookup).map(|i| ring.seal(i)))
    }

    /// The key of whoever's records are stored under `prefix`.
    pub fn by_prefix(&self, prefix: &Prefix) -> Option<UserSeal> {
        let ring = self.ring();
        ring.find_prefix(prefix).map(|i| ring.seal(i))
    }

    /// The user's key, made (and on disk) first if they have none yet.
    pub fn get_or_create(&self, user: &UserKey) -> Result<UserSeal, StoreError> {
        let lookup = self.lookup(user)?;
        let known = |ring: &Ring| ring.find(&lookup).map(|i| ring.seal(i));
        if let Some(seal) = known(&self.ring()) {
            return Ok(seal);
        }
        let _changing = self.changing.lock().unwrap_or_else(|p| p.into_inner());
        let index = {
            let mut ring = self.ring();
            if let Some(seal) = known(&ring) {
                return Ok(seal);
            }
            ring.take_free()?
        };
        let mut bytes = [0u8; SLOT];
        bytes[..16].copy_from_slice(&lookup);
        let made = random::<16>().and_then(|prefix| Ok((prefix, random::<32>()?)));
        let written = made.and_then(|(prefix, key)| {
            bytes[16..32].copy_from_slice(&prefix);
            bytes[32..].copy_from_slice(&key);
            self.write_slot(index, &bytes, self.durability)
        });
        if let Err(e) = written {
            // The slot may have reached the disk unsynced: zeroed again, as far as the disk
            // lets us, so a later reopen does not find a key nobody was given.
            let _ = self.write_slot(index, &[0u8; SLOT], Durability::Full);
            self.ring().free.push(index);
            return Err(e);
        }
        let mut ring = self.ring();
        ring.fill(index, bytes);
        Ok(ring.seal(index))
    }

    /// Destroys the user's key: zeroes its slot in place and syncs. Returns the prefix their
    /// records were under, for the clean-up. Should the file hold two slots for the user (a
    /// key whose write failed, left on the disk), both are zeroed: no key of theirs survives.
    pub fn destroy(&self, user: &UserKey) -> Result<Option<Prefix>, StoreError> {
        let lookup = self.lookup(user)?;
        let _changing = self.changing.lock().unwrap_or_else(|p| p.into_inner());
        let mut first = None;
        while let Some((index, prefix)) = {
            let ring = self.ring();
            ring.find(&lookup).map(|i| (i, ring.seal(i).prefix))
        } {
            self.write_slot(index, &[0u8; SLOT], Durability::Full)?;
            self.ring().empty(index);
            first = first.or(Some(prefix));
        }
        Ok(first)
    }

    /// Writes the slot at `index` and makes it durable at `durability`, growing the file
    /// first (by zero slots, synced in full) if the slot lies past its end.
    fn write_slot(&self, index: u32, bytes: &[u8; SLOT], durability: Durability) -> Result<(), StoreError> {
        let Some(file) = &self.file else { return Ok(()) };
        let mut held = file.lock().unwrap_or_else(|p| p.into_inner());
        let KeyFile { file, allocated } = &mut *held;
        let at = slot_at(index);
        if at + SLOT as u64 > *allocated {
            // A slot cut short by a crash at the end is covered by the slot written over it.
            let to = HEADER as u64 + (u64::from(index) + 1).div_ceil(GROW_SLOTS) * GROW_SLOTS * SLOT as u64;
            let zeros = vec![0u8; usize::try_from(to - *allocated).unwrap_or(0)];
            super::side_file::write_at(file, &zeros, *allocated).map_err(|e| io("grow", e))?;
            file.sync_data().map_err(|e| io("grow", e))?;
            *allocated = to;
        }
        super::side_file::write_at(file, bytes, at).map_err(|e| io("write", e))?;
        super::side_file::sync(file, durability).map_err(|e| io("sync", e))
    }
}

impl UserSeal {
    /// Seals a value stored at `(tree, key)`: the place is bound in, so a sealed value copied
    /// under another key or user does not open. The value is encrypted in the one buffer
    /// that is returned, made at its final size (the tag follows the ciphertext, as
    /// `Aead::encrypt` puts it): a step seals its session, about 1.5 KB, and each buffer that
    /// size is a trip to the allocator's shared arena.
    pub fn seal(&self, tree: &str, key: &[u8], value: &[u8]) -> Result<Vec<u8>, StoreError> {
        self.seal_with_nonce(tree, key, value, random::<NONCE>()?)
    }

    fn seal_with_nonce(
        &self,
        tree: &str,
        key: &[u8],
        value: &[u8],
        nonce: [u8; NONCE],
    ) -> Result<Vec<u8>, StoreError> {
        let mut out = Vec::with_capacity(1 + NONCE + value.len() + TAG);
        out.push(SEALED_V1);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(value);
        let cipher = XChaCha20Poly1305::new((&self.key).into());
        let tag = cipher
            .encrypt_in_place_detached(XNonce::from_slice(&nonce), &place(tree, key), &mut out[1 + NONCE..])
            .map_err(|_| StoreError::Backend("could not seal a record".into()))?;
        out.extend_from_slice(&tag);
        Ok(out)
    }

    /// Opens what [`Self::seal`] made for the same place.
    pub fn open(&self, tree: &'static str, key: &[u8], sealed: &[u8]) -> Result<Vec<u8>, StoreError> {
        let unreadable = |reason: &str| StoreError::Unreadable { what: tree, reason: reason.into() };
        if sealed.len() < 1 + NONCE || sealed[0] != SEALED_V1 {
            return Err(unreadable("not a sealed record"));
        }
        let cipher = XChaCha20Poly1305::new((&self.key).into());
        cipher
            .decrypt(
                XNonce::from_slice(&sealed[1..1 + NONCE]),
                Payload { msg: &sealed[1 + NONCE..], aad: &place(tree, key) },
            )
            .map_err(|_| unreadable("it does not open with its key (damaged)"))
    }
}

fn place(tree: &str, key: &[u8]) -> Vec<u8> {
    let mut aad = tree.as_bytes().to_vec();
    aad.push(0);
    aad.extend_from_slice(key);
    aad
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_survive_a_reopen_and_a_destroyed_one_is_gone_from_the_file() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keys");
        let ana = UserKey::new("telegram", "ana");
        let ben = UserKey::new("telegram", "ben");
        let (sealed, prefix) = {
            let ring = KeyRing::open(&path, Durability::Disk).expect("new");
            let seal = ring.get_or_create(&ana).expect("key");
            ring.get_or_create(&ben).expect("key");
            (seal.seal("history", b"k", b"pain 7").expect("sealed"), seal.prefix)
        };
        let ring = KeyRing::open(&path, Durability::Disk).expect("reopened");
        let seal = ring.get(&ana).expect("readable").expect("still there");
        assert_eq!(seal.prefix, prefix);
        assert_eq!(seal.open("history", b"k", &sealed).expect("opens"), b"pain 7");
        assert!(seal.open("history", b"other key", &sealed).is_err(), "bound to its place");
        let before = std::fs::read(&path).expect("file");
        assert!(before.windows(32).any(|w| w == seal.key));
        assert_eq!(ring.destroy(&ana).expect("destroyed"), Some(prefix));
        let after = std::fs::read(&path).expect("file");
        assert!(!after.windows(32).any(|w| w == seal.key), "the key's bytes are overwritten");
        assert_eq!(after.len(), before.len(), "in place");
        let ring = KeyRing::open(&path, Durability::Disk).expect("reopened");
        assert!(ring.get(&ana).expect("readable").is_none() && ring.get(&ben).expect("readable").is_some());
        let again = ring.get_or_create(&ana).expect("a new key");
        assert_ne!(again.prefix, prefix, "a user who comes back starts afresh");
        assert_eq!(std::fs::read(&path).expect("file").len(), before.len(), "the free slot is reused");
    }

    #[test]
    fn many_users_are_found_by_their_key_and_their_prefix_after_a_reopen_and_forgets() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keys");
        let user = |n: u32| UserKey::new("telegram", &n.to_string());
        let prefixes: Vec<Prefix> = {
            let ring = KeyRing::open(&path, Durability::Disk).expect("new");
            (0..2000).map(|n| ring.get_or_create(&user(n)).expect("key").prefix).collect()
        };
        let ring = KeyRing::open(&path, Durability::Disk).expect("reopened");
        for n in (0..2000).step_by(3) {
            assert_eq!(ring.destroy(&user(n)).expect("destroyed"), Some(prefixes[n as usize]));
        }
        for (n, prefix) in prefixes.iter().enumerate() {
            let kept = n % 3 != 0;
            let found = ring.get(&user(n as u32)).expect("readable");
            assert_eq!(found.as_ref().map(|s| s.prefix), kept.then_some(*prefix), "user {n}");
            assert_eq!(ring.by_prefix(prefix).map(|s| s.prefix), kept.then_some(*prefix), "prefix of {n}");
        }
        let size = std::fs::metadata(&path).expect("file").len();
        let back: Vec<Prefix> =
            (0..2000).step_by(3).map(|n| ring.get_or_create(&user(n)).expect("key").prefix).collect();
        assert_eq!(std::fs::metadata(&path).expect("file").len(), size, "freed slots are reused first");
        let ring = KeyRing::open(&path, Durability::Disk).expect("reopened");
        for (i, n) in (0..2000).step_by(3).enumerate() {
            assert_eq!(ring.get(&user(n)).expect("readable").map(|s| s.prefix), Some(back[i]));
            assert_ne!(back[i], prefixes[n as usize], "a new key after a forget");
        }
    }

    fn user(n: u32) -> UserKey {
        UserKey::new("telegram", &n.to_string())
    }

    /// Every index in the tables points at a used slot holding what it is indexed by; every
    /// used slot is indexed once in each; the free list holds exactly the zero slots.
    fn check(ring: &Ring) {
        let used: Vec<u32> =
            (0..ring.slots.len() as u32).filter(|i| ring.slots[*i as usize] != [0; SLOT]).collect();
        assert_eq!(ring.by_lookup.len(), used.len(), "by_lookup size");
        assert_eq!(ring.by_prefix.len(), used.len(), "by_prefix size");
        for i in ring.by_lookup.iter() {
            assert_ne!(ring.slots[*i as usize], [0; SLOT], "by_lookup points at a free slot {i}");
        }
        for i in ring.by_prefix.iter() {
            assert_ne!(ring.slots[*i as usize], [0; SLOT], "by_prefix points at a free slot {i}");
        }
        for &i in &used {
            assert_eq!(ring.find(lookup_of(ring.slot(i))), Some(i));
            assert_eq!(ring.find_prefix(prefix_of(ring.slot(i))), Some(i));
            assert!(!ring.free.contains(&i), "used slot {i} is on the free list");
        }
        let mut free = ring.free.clone();
        free.sort();
        free.dedup();
        assert_eq!(free.len(), ring.free.len(), "no index twice on the free list");
        assert_eq!(free.len() + used.len(), ring.slots.len(), "every slot is used or free");
    }

    fn raw_slot(lookup: [u8; 16], prefix: [u8; 16], key: [u8; 32]) -> [u8; SLOT] {
        let mut s = [0u8; SLOT];
        s[..16].copy_from_slice(&lookup);
        s[16..32].copy_from_slice(&prefix);
        s[32..].copy_from_slice(&key);
        s
    }

    #[test]
    fn free_slots_in_the_middle_and_a_torn_tail_after_a_reopen() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keys");
        let prefixes: Vec<Prefix> = {
            let ring = KeyRing::open(&path, Durability::Disk).expect("new");
            (0..10).map(|n| ring.get_or_create(&user(n)).expect("key").prefix).collect()
        };
        {
            let ring = KeyRing::open(&path, Durability::Disk).expect("reopen");
            for n in [2, 5, 9] {
                ring.destroy(&user(n)).expect("destroy");
            }
            check(&ring.ring());
        }
        // A torn trailing slot: half of an append, in a file as a version that did not grow it
        // in steps left it.
        let mut bytes = std::fs::read(&path).expect("file");
        bytes.truncate(HEADER + 10 * SLOT);
        bytes.extend_from_slice(&[0xAB; 30]);
        std::fs::write(&path, &bytes).expect("write");
        let ring = KeyRing::open(&path, Durability::Disk).expect("reopen");
        check(&ring.ring());
        assert_eq!(ring.ring().slots.len(), 10);
        for n in 0..10u32 {
            let want = (![2, 5, 9].contains(&n)).then_some(prefixes[n as usize]);
            assert_eq!(ring.get(&user(n)).expect("get").map(|s| s.prefix), want);
            assert_eq!(ring.by_prefix(&prefixes[n as usize]).map(|s| s.prefix), want);
        }
        // Three reuse the holes, the fourth goes past the end, over the torn tail (the file
        // grows by a step).
        let new: Vec<Prefix> =
            (100..104).map(|n| ring.get_or_create(&user(n)).expect("key").prefix).collect();
        check(&ring.ring());
        assert_eq!(std::fs::metadata(&path).expect("meta").len(), HEADER as u64 + GROW_SLOTS * SLOT as u64);
        let ring = KeyRing::open(&path, Durability::Disk).expect("reopen");
        check(&ring.ring());
        assert_eq!(ring.ring().by_lookup.len(), 11, "no slot made of the torn bytes");
        for (i, n) in (100..104).enumerate() {
            assert_eq!(ring.get(&user(n)).expect("get").map(|s| s.prefix), Some(new[i]));
            assert_eq!(ring.by_prefix(&new[i]).map(|s| s.prefix), Some(new[i]));
        }
    }

    #[test]
    fn the_file_grows_by_steps_of_free_slots_that_a_reopen_finds_free_at_either_durability() {
        for durability in [Durability::Disk, Durability::Full] {
            let dir = tempfile::tempdir().expect("dir");
            let path = dir.path().join("keys");
            let len = || std::fs::metadata(&path).expect("meta").len();
            let step = GROW_SLOTS * SLOT as u64;
            let first = KeyRing::open(&path, durability).expect("new").get_or_create(&user(0)).expect("key");
            assert_eq!(len(), HEADER as u64 + step, "one step for the first key");
            let ring = KeyRing::open(&path, durability).expect("reopen");
            assert_eq!(ring.get(&user(0)).expect("get").map(|s| s.prefix), Some(first.prefix));
            assert_eq!(ring.ring().free.len() as u64, GROW_SLOTS - 1, "the rest of the step is free");
            let made: Vec<Prefix> =
                (1..=GROW_SLOTS).map(|n| ring.get_or_create(&user(n as u32)).expect("key").prefix).collect();
            assert_eq!(len(), HEADER as u64 + 2 * step, "one more step, once the first is full");
            let ring = KeyRing::open(&path, durability).expect("reopen");
            check(&ring.ring());
            for (n, prefix) in made.iter().enumerate() {
                assert_eq!(ring.get(&user(n as u32 + 1)).expect("get").map(|s| s.prefix), Some(*prefix));
            }
            assert_eq!(ring.ring().free.len() as u64, GROW_SLOTS - 1);
        }
    }

    #[test]
    fn a_value_sealed_in_place_opens_as_one_sealed_by_the_aead_in_one_go_does() {
        let ring = KeyRing::temporary().expect("ring");
        let seal = ring.get_or_create(&user(1)).expect("key");
        let value = "a session ".repeat(300);
        let sealed = seal.seal("sessions", b"k", value.as_bytes()).expect("sealed");
        assert_eq!(sealed.len(), 1 + NONCE + value.len() + TAG);
        assert_eq!(seal.open("sessions", b"k", &sealed).expect("opens"), value.as_bytes());
        assert!(seal.open("sessions", b"other", &sealed).is_err(), "bound to its place");
        // The bytes an older version made, with the ciphertext and tag in one piece.
        let cipher = XChaCha20Poly1305::new((&seal.key).into());
        let nonce = [7u8; NONCE];
        let whole = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload { msg: value.as_bytes(), aad: &place("sessions", b"k") },
            )
            .expect("encrypt");
        let older = [&[SEALED_V1][..], &nonce, &whole].concat();
        assert_eq!(seal.open("sessions", b"k", &older).expect("opens"), value.as_bytes());
        assert_eq!(
            seal.seal_with_nonce("sessions", b"k", value.as_bytes(), nonce).expect("sealed"),
            older,
            "the same bytes as an older version made"
        );
    }

    #[test]
    fn a_slot_a_power_cut_kept_only_in_part_is_freed_and_zeroed_at_the_open() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keys");
        let lookup =
            |n: u32| KeyRing::open(&path, Durability::Disk).expect("open").lookup(&user(n)).expect("lookup");
        let (one, two) = (lookup(1), lookup(2));
        let mut bytes = std::fs::read(&path).expect("file");
        // A lookup whose prefix and key were lost, and a prefix and key whose lookup was.
        bytes.extend_from_slice(&raw_slot(one, [0; 16], [0; 32]));
        bytes.extend_from_slice(&raw_slot([0; 16], [5; 16], [5; 32]));
        bytes.extend_from_slice(&raw_slot(two, [6; 16], [6; 32]));
        std::fs::write(&path, &bytes).expect("write");
        let ring = KeyRing::open(&path, Durability::Disk).expect("reopen");
        check(&ring.ring());
        assert!(ring.get(&user(1)).expect("get").is_none(), "no key made of zeros");
        assert!(ring.by_prefix(&[5; 16]).is_none(), "no key nobody can forget");
        assert_eq!(ring.get(&user(2)).expect("get").map(|s| s.prefix), Some([6; 16]), "a whole slot stays");
        let after = std::fs::read(&path).expect("file");
        assert!(!after.windows(32).any(|w| w == [5; 32]), "the torn key is gone from the file");
        assert_ne!(ring.get_or_create(&user(1)).expect("a new key").prefix, [0; 16]);
    }

    #[test]
    fn lookups_and_prefixes_that_share_their_first_eight_bytes() {
        // All collide in hash(): only the full compare tells them apart.
        let mut ring = Ring::default();
        for i in 0..40u32 {
            let mut l = [7u8; 16];
            l[15] = i as u8;
            let mut p = [9u8; 16];
            p[15] = i as u8;
            let idx = ring.take_free().expect("slot");
            ring.fill(idx, raw_slot(l, p, [i as u8 + 1; 32]));
        }
        check(&ring);
        for i in (0..40u32).step_by(2) {
            let mut l = [7u8; 16];
            l[15] = i as u8;
            let idx = ring.find(&l).expect("found");
            ring.empty(idx);
        }
        check(&ring);
        for i in 0..40u32 {
            let mut l = [7u8; 16];
            l[15] = i as u8;
            let mut p = [9u8; 16];
            p[15] = i as u8;
            let kept = i % 2 == 1;
            assert_eq!(ring.find(&l).map(|x| ring.seal(x).key), kept.then_some([i as u8 + 1; 32]));
            assert_eq!(ring.find_prefix(&p).map(|x| ring.seal(x).key), kept.then_some([i as u8 + 1; 32]));
        }
    }

    #[test]
    fn a_forget_zeroes_every_slot_a_user_has_in_the_file() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keys");
        let lookup = KeyRing::open(&path, Durability::Disk).expect("new").lookup(&user(1)).expect("lookup");
        // Two slots for one user: a key whose synced write failed, left on the disk, then another.
        let mut bytes = std::fs::read(&path).expect("file");
        bytes.extend_from_slice(&raw_slot(lookup, [1; 16], [1; 32]));
        bytes.extend_from_slice(&raw_slot(lookup, [2; 16], [2; 32]));
        std::fs::write(&path, &bytes).expect("write");
        let ring = KeyRing::open(&path, Durability::Disk).expect("reopen");
        assert!(ring.get(&user(1)).expect("get").is_some());
        assert!(ring.destroy(&user(1)).expect("destroy").is_some());
        check(&ring.ring());
        assert!(ring.get(&user(1)).expect("get").is_none(), "no key of theirs is left");
        assert!(ring.by_prefix(&[1; 16]).is_none() && ring.by_prefix(&[2; 16]).is_none());
        let after = std::fs::read(&path).expect("file");
        assert!(!after.windows(32).any(|w| w == [1; 32] || w == [2; 32]), "both keys are overwritten");
    }
}
