//! Embeds every `locales/<lang>/*.ftl` of the workspace into the core, so that adding a locale
//! is a folder of .ftl files and a rebuild, and a release binary needs no files beside it.

use std::{env, fs, path::Path};

fn main() {
    let root =
        Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut langs: Vec<_> = fs::read_dir(&root)
        .map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    langs.sort();
    let mut out = String::from("/// Every locale folder and its .ftl files, embedded at build time.\npub static EMBEDDED: &[(&str, &[(&str, &str)])] = &[\n");
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.display());
        let mut files: Vec<_> = fs::read_dir(&lang)
            .expect("locale folder is readable")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let name = lang.file_name().and_then(|n| n.to_str()).expect("locale folder name is UTF-8");
        out.push_str(&format!("    ({name:?}, &[\n"));
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let fname = file.file_name().and_then(|n| n.to_str()).expect("file name is UTF-8");
            let abs = fs::canonicalize(&file).expect("ftl file exists");
            out.push_str(&format!("        ({fname:?}, include_str!({:?})),\n", abs.display().to_string()));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
