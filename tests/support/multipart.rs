//! `multipart/form-data` (RFC 7578) read the way the platforms read it, so the fakes take
//! uploads from the real clients (teloxide's sendPhoto and sendDocument, serenity's
//! `payload_json` with `files[n]`) byte for byte, and refuse a body that is not well formed.

#![allow(dead_code)]

/// One part of a form: a text field or a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub name: String,
    /// Set for a file.
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl Part {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// The boundary of a `multipart/form-data` Content-Type, `None` for any other type.
pub fn boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (key, value) = p.trim().split_once('=')?;
        key.trim().eq_ignore_ascii_case("boundary").then(|| value.trim().trim_matches('"').to_string())
    })
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|i| i + from)
}

/// The parts of a body, in order; an error says what is malformed.
pub fn parse(body: &[u8], boundary: &str) -> Result<Vec<Part>, String> {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut at = find(body, &delimiter, 0).ok_or("no opening boundary")? + delimiter.len();
    let mut parts = Vec::new();
    loop {
        match body.get(at..at + 2) {
            Some(b"--") => return Ok(parts),
            Some(b"\r\n") => at += 2,
            _ => return Err(format!("a boundary not followed by CRLF or -- at byte {at}")),
        }
        let head_end =
            find(body, b"\r\n\r\n", at).ok_or("a part without the blank line after its headers")?;
        let head = String::from_utf8_lossy(&body[at..head_end]).into_owned();
        let content = head_end + 4;
        let mut closing = b"\r\n".to_vec();
        closing.extend_from_slice(&delimiter);
        let end = find(body, &closing, content).ok_or("a part without a closing boundary")?;
        let (mut name, mut filename, mut content_type) = (None, None, None);
        for line in head.split("\r\n") {
            let Some((key, value)) = line.split_once(':') else { continue };
            if key.trim().eq_ignore_ascii_case("content-disposition") {
                for param in value.split(';').skip(1) {
                    if let Some((k, v)) = param.trim().split_once('=') {
                        let v = v.trim().trim_matches('"').to_string();
                        match k.trim() {
                            "name" => name = Some(v),
                            "filename" => filename = Some(v),
                            _ => {}
                        }
                    }
                }
            } else if key.trim().eq_ignore_ascii_case("content-type") {
                content_type = Some(value.trim().to_string());
            }
        }
        parts.push(Part {
            name: name.ok_or_else(|| format!("a part without a name: {head}"))?,
            filename,
            content_type,
            bytes: body[content..end].to_vec(),
        });
        at = end + closing.len();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_form_with_a_field_and_a_file_is_read_back() {
        // Inside the test: a bench without the test harness drops the test, not the module.
        use super::*;
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n--XyZ\r\nContent-Disposition: form-data; name=\"abc\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--X\r\n--XyZ--\r\n";
        let parts = parse(body, "XyZ").expect("well formed");
        assert_eq!(parts.len(), 2);
        assert_eq!((parts[0].name.as_str(), parts[0].text().as_str()), ("chat_id", "42"));
        assert_eq!(parts[1].filename.as_deref(), Some("a.png"));
        assert_eq!(parts[1].bytes, b"\x89PNG\r\n--X");
        assert_eq!(boundary("multipart/form-data; boundary=XyZ").as_deref(), Some("XyZ"));
        assert_eq!(boundary("application/json"), None);
        assert!(parse(b"--XyZ\r\nno end", "XyZ").is_err());
    }
}
