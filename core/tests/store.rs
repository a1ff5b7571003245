//! The store's promises, checked on every backend the core has: in memory, and sled on disk.

use upback_core::store::{MemoryStore, SledStore};
use upback_store_conformance::{checks, round_trip};

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

#[test]
fn a_backup_of_either_store_restores_into_either() {
    let dirs = [tempfile::tempdir().expect("dir"), tempfile::tempdir().expect("dir")];
    round_trip(&MemoryStore::new(), &MemoryStore::new());
    round_trip(
        &SledStore::open(dirs[0].path()).expect("store"),
        &SledStore::open(dirs[1].path()).expect("store"),
    );
}
