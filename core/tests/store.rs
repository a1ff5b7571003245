//! The store's promises, checked on every backend the core has: in memory, and sled on disk.

use upback_core::store::{MemoryStore, SledStore};
use upback_store_conformance::checks;

#[test]
fn the_memory_store_keeps_every_promise() {
    for (name, check) in checks::<MemoryStore>() {
        eprintln!("memory: {name}");
        check(&MemoryStore::new());
    }
}

#[test]
fn the_sled_store_keeps_every_promise() {
    for (name, check) in checks::<SledStore>() {
        eprintln!("sled: {name}");
        let dir = tempfile::tempdir().expect("a temp dir");
        check(&SledStore::open(dir.path()).expect("a store"));
    }
}
