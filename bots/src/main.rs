//! The `upback` binary. Errors end here, printed as one line for the person who ran it.

fn main() -> std::process::ExitCode {
    upback::allocator::one_arena();
    upback::file_mode::private_files();
    match upback::cli::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("upback: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
