//! upback's imperative shell: the command line and one thin adapter per platform. Adapters
//! translate between a platform and `upback_core::engine::Engine`; they decide nothing.

pub mod cli;
pub mod clock;
pub mod console;
pub mod discord;
pub mod logging;
pub mod scheduler;
pub mod signals;
pub mod telegram;
