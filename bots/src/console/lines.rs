//! Standard input, read the way a person (or a script) may type it: a byte that is not UTF-8
//! is replaced instead of ending the conversation, and a line longer than the bot would read
//! anyway is cut as it streams in, never held whole (a 200 MB line with no newline costs
//! `limit` bytes of memory, not 200 MB).

use std::io::{self, BufRead};

/// A line as read: its text (lossily decoded) and whether it was cut at the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub cut: bool,
}

pub struct Lines<R> {
    input: R,
    limit: usize,
}

impl<R: BufRead> Lines<R> {
    /// Lines of at most `limit` bytes are kept whole; longer ones are cut to `limit`.
    pub fn new(input: R, limit: usize) -> Self {
        Self { input, limit }
    }

    /// The next line without its line ending; `None` at the end of the input.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        let mut kept = Vec::new();
        let mut cut = false;
        let mut read_any = false;
        loop {
            let buf = match self.input.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                if !read_any {
                    return Ok(None);
                }
                break;
            }
            read_any = true;
            let (chunk, ended) = match buf.iter().position(|b| *b == b'\n') {
                Some(i) => (&buf[..i], Some(i + 1)),
                None => (buf, None),
            };
            let room = self.limit.saturating_sub(kept.len());
            if chunk.len() > room {
                cut = true;
            }
            kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
            let used = ended.unwrap_or(buf.len());
            self.input.consume(used);
            if ended.is_some() {
                break;
            }
        }
        if kept.last() == Some(&b'\r') {
            kept.pop();
        }
        Ok(Some(Line { text: String::from_utf8_lossy(&kept).into_owned(), cut }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8], limit: usize) -> Vec<Line> {
        let mut lines = Lines::new(io::BufReader::with_capacity(7, input), limit);
        std::iter::from_fn(|| lines.next_line().expect("reads")).collect()
    }

    #[test]
    fn bad_bytes_are_replaced_and_long_lines_cut_as_they_stream() {
        let lines = all(b"/start\r\n\xff\xfeyes\nabcdefghijklmnop\nlast", 10);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["/start", "\u{fffd}\u{fffd}yes", "abcdefghij", "last"]);
        assert_eq!(lines.iter().map(|l| l.cut).collect::<Vec<_>>(), [false, false, true, false]);
        assert!(all(b"", 10).is_empty());
    }
}
