//! What every adapter needs to get replies out, written once: trying again ([`retry`]),
//! sending at the platform's pace ([`pacing`]), a queue per chat that coalesces edits and
//! keeps what is owed at a stop ([`mailbox`]), and a reply cut to the platform's message
//! length with its buttons under the last piece. An adapter keeps only its wire types.

pub mod mailbox;
pub mod pacing;
pub mod retry;

use upback_core::reply::{pieces, Button, Reply};

/// Why something did not arrive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undelivered {
    /// The chat is gone or forbids the bot: stop posting there.
    Gone(String),
    /// Anything else, after the retries.
    Failed(String),
    /// The adapter is stopping; it is kept and sent at the next start.
    Stopping,
}

/// One outcome for a stop made of parts that each run whatever the others said (a dispatcher
/// that failed to stop still leaves owed deliveries to keep): `Ok` when every part was, else
/// an error naming each part that failed.
pub fn all_of(parts: impl IntoIterator<Item = anyhow::Result<()>>) -> anyhow::Result<()> {
    let mut failed: Vec<anyhow::Error> = parts.into_iter().filter_map(Result::err).collect();
    match failed.len() {
        0 => Ok(()),
        1 => Err(failed.remove(0)),
        _ => {
            let each: Vec<String> = failed.iter().map(|e| format!("{e:#}")).collect();
            Err(anyhow::anyhow!("{}", each.join("; and ")))
        }
    }
}

/// One message's worth of a reply.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    /// The reply's buttons go under its last piece.
    pub buttons: Vec<Vec<Button>>,
    /// The first piece of a reply that replaces the pressed message.
    pub first: bool,
}

/// A reply as the messages a platform with a `max`-character limit shows it as.
pub fn cut(reply: &Reply, max: usize) -> Vec<Piece> {
    let texts = pieces(&reply.text, max);
    let last = texts.len().saturating_sub(1);
    texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| Piece {
            text,
            buttons: if i == last { reply.buttons.clone() } else { Vec::new() },
            first: i == 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stop_reports_every_part_that_failed() {
        assert!(all_of([Ok(()), Ok(())]).is_ok());
        let one = all_of([Err(anyhow::anyhow!("a")), Ok(())]).expect_err("failed");
        assert_eq!(format!("{one:#}"), "a");
        let both =
            all_of([Err(anyhow::anyhow!("a")), Ok(()), Err(anyhow::anyhow!("b"))]).expect_err("failed");
        assert_eq!(format!("{both:#}"), "a; and b");
    }

    #[test]
    fn a_long_reply_is_cut_with_its_buttons_under_the_last_piece() {
        let reply = Reply {
            text: format!("{}\n{}", "a".repeat(30), "b".repeat(30)),
            buttons: vec![vec![Button { label: "ok".into(), action: "1:c:help".into() }]],
            image: None,
            file: None,
            private: false,
            edit: true,
            lang: "en-US".into(),
            version: None,
            toast: None,
            forgotten: false,
        };
        let cut = cut(&reply, 40);
        assert_eq!(cut.len(), 2);
        assert!(cut[0].first && cut[0].buttons.is_empty());
        assert!(!cut[1].first && cut[1].buttons.len() == 1);
    }
}
