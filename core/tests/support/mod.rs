//! A user talking to a real engine on a real sled database in a temp dir, with a clock that
//! moves one minute per input.

#![allow(dead_code)]

use std::cell::Cell;

use chrono::{DateTime, Duration, TimeZone, Utc};
use upback_core::{
    engine::Engine,
    input::{Input, Platform, Who},
    reply::Reply,
    store::SledStore,
};

pub struct Chat {
    pub engine: Engine<SledStore>,
    pub who: Who,
    pub clock: Cell<DateTime<Utc>>,
    pub last: std::cell::RefCell<Vec<Reply>>,
    pub dir: tempfile::TempDir,
}

/// The files under `dir` whose raw bytes contain `needle` (what anyone with the disk could
/// read, whatever the database makes of it).
pub fn files_containing(dir: &std::path::Path, needle: &[u8]) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if std::fs::read(&path).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle)) {
                found.push(path);
            }
        }
    }
    found
}

pub fn start_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 2, 18, 0, 0).single().expect("valid time")
}

impl Chat {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = SledStore::open(dir.path()).expect("open store");
        let engine = Engine::built_in(store).expect("engine starts");
        Self {
            engine,
            who: Who::private(Platform::Console, "ana"),
            clock: Cell::new(start_time()),
            last: Default::default(),
            dir,
        }
    }

    pub fn input(&self, input: Input) -> Vec<Reply> {
        let now = self.clock.get();
        self.clock.set(now + Duration::minutes(1));
        let replies = self.engine.handle(&self.who, input, now);
        for r in &replies {
            assert!(!r.text.trim().is_empty(), "a reply without text: {r:?}");
            for a in r.actions() {
                assert!(a.len() <= 64, "action too long: {a}");
            }
        }
        *self.last.borrow_mut() = replies.clone();
        replies
    }

    pub fn say(&self, text: &str) -> Vec<Reply> {
        self.input(Input::Text(text.to_string()))
    }

    pub fn press_action(&self, action: &str) -> Vec<Reply> {
        self.input(Input::Action(action.to_string()))
    }

    /// The action of the button labelled `label` (exactly) on the latest replies.
    pub fn action_of(&self, label: &str) -> String {
        let last = self.last.borrow();
        last.iter()
            .flat_map(|r| r.buttons.iter().flatten())
            .find(|b| b.label == label)
            .map(|b| b.action.clone())
            .unwrap_or_else(|| panic!("no button {label:?} in {:#?}", *last))
    }

    pub fn press(&self, label: &str) -> Vec<Reply> {
        let action = self.action_of(label);
        self.press_action(&action)
    }

    /// Says yes to keeping a history, as a runner does under /privacy.
    pub fn keep_history(&self) {
        self.say("/privacy");
        self.press("✅ OK, keep my history");
    }

    /// Whether any of the latest replies has a button labelled `label`.
    pub fn has_button(&self, label: &str) -> bool {
        self.last.borrow().iter().flat_map(|r| r.buttons.iter().flatten()).any(|b| b.label == label)
    }

    /// The JSON of the /export file among `replies`.
    pub fn export_json(replies: &[Reply]) -> serde_json::Value {
        let file = replies.iter().find_map(|r| r.file.as_ref()).expect("the export comes as a file");
        serde_json::from_slice(&file.bytes).expect("the export file is JSON")
    }

    /// All text of the latest replies.
    pub fn text(replies: &[Reply]) -> String {
        replies.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n---\n")
    }
}
