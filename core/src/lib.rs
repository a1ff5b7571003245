//! upback's core: the bot without a platform. It decides what to ask and what to answer;
//! the adapters in the `upback` crate only translate between a platform and [`engine::Engine`].
//!
//! Imports run one way, so each layer can be read, tested and changed without the ones above
//! it. From the top: the [`engine`]; what a turn decides ([`conversation`]) and the
//! [`due_queue`]; the [`store`], with the [`backup`] file it reads and writes; the
//! [`reminders`], whose posts are [`views`]; the views; the [`reply`] they are drafted in; the
//! records and what they are made of ([`kept`], [`history`], [`session`], [`club`], [`scoring`],
//! [`assessment`], [`content`]); and at the bottom the vocabulary ([`input`], [`action`],
//! [`command`], [`prefs`], [`msg`]). `tests/layers.rs` reads the sources and fails on an
//! import that closes a circle.

pub mod action;
pub mod assessment;
pub mod backup;
pub mod chart;
pub mod club;
pub mod command;
pub mod content;
pub mod conversation;
pub mod due_queue;
pub mod engine;
mod fast_hash;
pub mod history;
pub mod i18n;
pub mod input;
pub mod kept;
pub mod knowledge;
pub mod msg;
pub mod prefs;
pub mod reminders;
pub mod reply;
pub mod scoring;
pub mod session;
pub mod store;
pub mod understanding;
pub mod views;
