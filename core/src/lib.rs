//! upback's core: the bot without a platform. It decides what to ask and what to answer;
//! the adapters in the `upback` crate only translate between a platform and [`engine::Engine`].
//!
//! Imports run one way, so each layer can be read, tested and changed without the ones above
//! it: [`engine`] → [`conversation`] and [`due_queue`] → [`views`], [`store`], [`reminders`]
//! → the records they hold ([`session`], [`history`], [`club`], [`backup`]'s file) → the
//! vocabulary ([`input`], [`action`], [`command`], [`prefs`], [`msg`]). `tests/layers.rs`
//! reads the sources and fails on an import that closes a circle.

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
