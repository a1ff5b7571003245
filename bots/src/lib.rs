//! upback's imperative shell: the command line and one thin adapter per platform. Adapters
//! translate between a platform and `upback_core::engine::Engine`; they decide nothing.

pub mod allocator;
pub mod backups;
pub mod cli;
pub mod clock;
pub mod config;
pub mod console;
pub mod database;
pub mod delivery;
pub mod discord;
pub mod doctor;
pub mod file_mode;
pub mod http;
pub mod invite;
pub mod logging;
pub mod metrics;
pub mod retention;
pub mod scheduler;
pub mod secret;
pub mod serve;
pub mod signals;
pub mod telegram;
pub mod turn;
