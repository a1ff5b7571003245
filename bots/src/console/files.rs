//! The files `upback chat` hands over (the pain chart, the club chart, the export), written
//! where the runner can open them: `<data dir>/files/<user>/`. They are the runner's data like
//! the database, so each user has a folder of their own, and /forget removes it.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use upback_core::input::Who;
use upback_core::reply::Attachment;

/// Where the terminal keeps the files of its users.
#[derive(Debug, Clone)]
pub struct Files {
    root: PathBuf,
}

impl Files {
    /// The folder for files in `data_dir` (created when the first file is written).
    pub fn in_data_dir(data_dir: &Path) -> Self {
        Self { root: data_dir.join("files") }
    }

    /// The folder of `who`'s files: their name, with anything a file system could misread
    /// written as `~xx`, so that two names never share a folder.
    pub fn folder(&self, who: &Who) -> PathBuf {
        let mut name = String::new();
        for b in who.user_id.bytes() {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
                name.push(char::from(b));
            } else {
                name.push_str(&format!("~{b:02x}"));
            }
        }
        if name.is_empty() {
            name.push('~');
        }
        self.root.join(name)
    }

    /// Writes `file` into `who`'s folder under its own name (a later one of the same day
    /// replaces it) and returns its path.
    pub fn keep(&self, who: &Who, file: &Attachment) -> Result<PathBuf> {
        let folder = self.folder(who);
        std::fs::create_dir_all(&folder).with_context(|| format!("cannot create {}", folder.display()))?;
        // The core names files; only the last component is used all the same.
        let name = Path::new(&file.name).file_name().map_or_else(|| "file".into(), |n| n.to_owned());
        let path = folder.join(name);
        std::fs::write(&path, &file.bytes).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(path)
    }

    /// Removes every file of `who` (after /forget).
    pub fn forget(&self, who: &Who) -> Result<()> {
        let folder = self.folder(who);
        match std::fs::remove_dir_all(&folder) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(e).with_context(|| format!("cannot remove {}", folder.display()))
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use upback_core::input::Platform;

    #[test]
    fn each_user_has_a_folder_of_their_own_which_forget_removes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let files = Files::in_data_dir(dir.path());
        let (ana, odd) = (Who::private(Platform::Console, "ana"), Who::private(Platform::Console, "../a b"));
        assert_eq!(files.folder(&ana), dir.path().join("files/ana"));
        assert_eq!(files.folder(&odd), dir.path().join("files/~2e~2e~2fa~20b"));
        let png = Attachment {
            name: "history-2026-06-02.png".into(),
            mime: "image/png".into(),
            bytes: vec![1, 2],
            description: None,
        };
        let path = files.keep(&ana, &png).expect("written");
        assert_eq!(std::fs::read(&path).expect("readable"), [1, 2]);
        files.keep(&odd, &png).expect("written");
        files.forget(&ana).expect("removed");
        assert!(!path.exists() && files.folder(&odd).join("history-2026-06-02.png").exists());
        files.forget(&ana).expect("forgetting twice is fine");
    }
}
