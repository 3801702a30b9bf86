//! Rebuilds the crate when a locale file changes: the catalog is embedded
//! with `include_dir!`, which cannot tell cargo about files added later.

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/metadata/messages.toml");
}
