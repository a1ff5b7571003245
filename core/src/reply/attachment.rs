//! A file a reply carries: a picture drawn for it, or a document the runner asked for (their
//! export). The core decides its name, type and bytes; an adapter only uploads it the way its
//! platform takes files.

use serde::{Deserialize, Serialize};

/// One file, ready to upload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The file name a person sees and saves it under (`upback-export-2026-06-02.json`).
    pub name: String,
    /// Its media type (`image/png`, `application/json`).
    pub mime: String,
    /// As base64 in JSON: an adapter keeps unsent replies in the store as JSON, and a list of
    /// numbers would be four times the size.
    #[serde(with = "base64_bytes")]
    pub bytes: Vec<u8>,
    /// What a picture shows, in words, for whoever cannot see it (Discord's alt text, the
    /// caption when the reply's text is too long to be one); `None` for a document.
    #[serde(default)]
    pub description: Option<String>,
}

/// The media type of the pictures the bot draws.
pub const PNG: &str = "image/png";
/// The media type of the export.
pub const JSON: &str = "application/json";

mod base64_bytes {
    use base64::Engine as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        base64::engine::general_purpose::STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attachment_survives_a_json_round_trip_as_base64() {
        let a = Attachment {
            name: "a.png".into(),
            mime: PNG.into(),
            bytes: vec![0x89, b'P', b'N', b'G', 0, 255],
            description: Some("a chart".into()),
        };
        let json = serde_json::to_value(&a).expect("serialises");
        assert_eq!(json["bytes"], "iVBORwD/");
        assert_eq!(serde_json::from_value::<Attachment>(json).expect("reads back"), a);
        assert!(serde_json::from_value::<Attachment>(serde_json::json!({
            "name": "x", "mime": "y", "bytes": "not base64!"
        }))
        .is_err());
    }
}
