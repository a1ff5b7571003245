//! The terminal adapter: `upback chat`. Buttons become numbered choices; a line is a number,
//! a button's label, a command or text. With `--json` every reply is one JSON object per
//! line and `{"action": "..."}` presses a button, so scripts and tests can drive the bot.
//! A picture or a file is written into the data directory ([`files`]) and its path printed;
//! with `--json` a picture comes as base64 and the export as the JSON object itself.

pub mod files;

use std::io::{BufRead, Write};

mod lines;

use anyhow::{Context, Result};
use base64::Engine as _;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use upback_core::{
    engine::Engine,
    input::{Input, Who},
    msg::{Arg, Msg},
    reply::{Button, Reply, JSON},
    store::Store,
};

use files::Files;

/// How replies are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Human,
    Json,
}

/// A reply as `upback chat --json` prints it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct JsonReply {
    pub text: String,
    pub buttons: Vec<Vec<Button>>,
    pub private: bool,
    pub edit: bool,
    /// The picture as base64, when there is one.
    pub image_bytes: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonInput {
    action: Option<String>,
    text: Option<String>,
}

/// Turns a typed line into an input, given the buttons on screen: a button's exact label
/// (any case) presses it, then, for a person at a terminal, a number picks the button shown
/// with that number. With `--json` no numbers are shown, so a typed number is text, read
/// by the bot like any typed answer (it never presses Back or Cancel by its place).
pub fn parse_line(line: &str, buttons: &[Button], output: Output) -> Option<Input> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    if output == Output::Json && line.starts_with('{') {
        if let Ok(JsonInput { action, text }) = serde_json::from_str::<JsonInput>(line) {
            return match (action, text) {
                (Some(a), _) => Some(Input::Action(a)),
                (None, Some(t)) => Some(Input::Text(t)),
                (None, None) => Some(Input::Text(line.to_string())),
            };
        }
    }
    if let Some(b) = buttons
        .iter()
        .find(|b| b.label.eq_ignore_ascii_case(line) || b.label.to_lowercase() == line.to_lowercase())
    {
        return Some(Input::Action(b.action.clone()));
    }
    if let (Output::Human, Ok(n)) = (output, line.parse::<usize>()) {
        // A button labelled with a number is shown with its label, not its place: "11" on
        // the pain scale is not its eleventh button.
        if let Some(b) = n.checked_sub(1).and_then(|i| buttons.get(i)).filter(|b| !is_number(&b.label)) {
            return Some(Input::Action(b.action.clone()));
        }
    }
    Some(Input::Text(line.to_string()))
}

fn is_number(label: &str) -> bool {
    !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit())
}

/// Writes one reply for a person at a terminal; buttons are numbered from `first`.
pub fn write_human(out: &mut impl Write, reply: &Reply, first: usize) -> Result<usize> {
    writeln!(out, "{}", reply.text)?;
    let mut n = first;
    for row in &reply.buttons {
        let cells: Vec<String> = row
            .iter()
            .map(|b| {
                n += 1;
                // A number is its own shortcut: typing "7" on the pain scale means 7.
                if is_number(&b.label) {
                    format!("[{}]", b.label)
                } else {
                    format!("[{n}] {}", b.label)
                }
            })
            .collect();
        writeln!(out, "  {}", cells.join("  "))?;
    }
    writeln!(out)?;
    Ok(n)
}

pub fn write_json(out: &mut impl Write, reply: &Reply) -> Result<()> {
    let json = JsonReply {
        text: reply.text.clone(),
        buttons: reply.buttons.clone(),
        private: reply.private,
        edit: reply.edit,
        image_bytes: reply
            .image
            .as_ref()
            .map(|png| base64::engine::general_purpose::STANDARD.encode(&png.bytes)),
    };
    serde_json::to_writer(&mut *out, &json)?;
    writeln!(out)?;
    Ok(())
}

/// What a person at a terminal gets of a reply's picture and file: each written to a file
/// in `who`'s folder, and a line saying where (with a picture's alt text).
fn write_files<S: Store>(
    out: &mut impl Write,
    engine: &Engine<S>,
    files: &Files,
    who: &Who,
    reply: &Reply,
) -> Result<()> {
    for (picture, file) in reply.image.iter().map(|a| (true, a)).chain(reply.file.iter().map(|a| (false, a)))
    {
        let path = Arg::Str(files.keep(who, file)?.display().to_string());
        let said = match (picture, &file.description) {
            (true, Some(alt)) => {
                Msg::with("console-picture-saved", vec![("alt", Arg::Str(alt.clone())), ("path", path)])
            }
            _ => Msg::with("console-file-saved", vec![("path", path)]),
        };
        writeln!(out, "{}\n", engine.locales().format(&reply.lang, &said))?;
    }
    Ok(())
}

/// A script's view of a reply's file: the export, as the text of one more reply line, so that
/// every line stays a reply (a picture is already in the reply's `image_bytes`).
fn write_json_file(out: &mut impl Write, reply: &Reply) -> Result<()> {
    let Some(file) = reply.file.as_ref().filter(|f| f.mime == JSON) else { return Ok(()) };
    let text = String::from_utf8(file.bytes.clone()).context("the export is not UTF-8")?;
    let json = JsonReply {
        text: text.trim_end().to_string(),
        buttons: Vec::new(),
        private: reply.private,
        edit: false,
        image_bytes: None,
    };
    serde_json::to_writer(&mut *out, &json)?;
    writeln!(out)?;
    Ok(())
}

/// Runs a conversation from `input` until it ends (EOF), printing every reply to `out`; files
/// go into `files`.
pub fn run<S: Store>(
    engine: &Engine<S>,
    who: &Who,
    input: impl BufRead,
    mut out: impl Write,
    output: Output,
    clock: impl Fn() -> DateTime<Utc>,
    files: &Files,
) -> Result<()> {
    let mut buttons: Vec<Button> = Vec::new();
    let show = |replies: Vec<Reply>, out: &mut dyn Write, buttons: &mut Vec<Button>| -> Result<()> {
        buttons.clear();
        let mut numbered = 0;
        if replies.iter().any(|r| r.forgotten) {
            files.forget(who)?;
        }
        for reply in &replies {
            match output {
                Output::Human => {
                    numbered = write_human(&mut &mut *out, reply, numbered)?;
                    write_files(&mut &mut *out, engine, files, who, reply)?;
                }
                Output::Json => {
                    write_json(&mut &mut *out, reply)?;
                    write_json_file(&mut &mut *out, reply)?;
                }
            }
            buttons.extend(reply.buttons.iter().flatten().cloned());
        }
        out.flush()?;
        Ok(())
    };
    show(engine.handle(who, Input::Open, clock()), &mut out, &mut buttons)?;
    // A little over what the bot reads, so that a longer line is still answered "too long".
    let mut lines = lines::Lines::new(input, upback_core::conversation::MAX_TEXT * 4 + 4);
    while let Some(line) = lines.next_line().context("reading standard input")? {
        let line = line.text;
        if let Some(parsed) = parse_line(&line, &buttons, output) {
            show(engine.handle(who, parsed, clock()), &mut out, &mut buttons)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buttons() -> Vec<Button> {
        ["None of these", "7", "Why do you ask?"]
            .iter()
            .enumerate()
            .map(|(i, l)| Button { label: l.to_string(), action: format!("a{i}") })
            .collect()
    }

    #[test]
    fn a_line_presses_a_button_by_label_then_by_number() {
        let b = buttons();
        assert_eq!(parse_line("none of these", &b, Output::Human), Some(Input::Action("a0".into())));
        assert_eq!(
            parse_line("7", &b, Output::Human),
            Some(Input::Action("a1".into())),
            "a numeric label wins"
        );
        assert_eq!(parse_line("3", &b, Output::Human), Some(Input::Action("a2".into())));
        assert_eq!(parse_line("4", &b, Output::Human), Some(Input::Text("4".into())));
        assert_eq!(
            parse_line("2", &b, Output::Human),
            Some(Input::Text("2".into())),
            "the second button is shown as [7], not [2]"
        );
        assert_eq!(
            parse_line("3", &b, Output::Json),
            Some(Input::Text("3".into())),
            "no numbers are shown with --json: a number is what the runner typed"
        );
        assert_eq!(parse_line("/help", &b, Output::Human), Some(Input::Text("/help".into())));
        assert_eq!(parse_line("   ", &b, Output::Human), None);
        assert_eq!(parse_line(r#"{"action":"x"}"#, &b, Output::Json), Some(Input::Action("x".into())));
        assert_eq!(parse_line(r#"{"text":"/faq"}"#, &b, Output::Json), Some(Input::Text("/faq".into())));
    }
}
