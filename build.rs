//! Rebuilds the crate when a locale file changes: the catalog is embedded
//! with `include_dir!`, which cannot tell cargo about files added later.
//! And turns the gateway end-to-end tests on (`cfg(e2e)`) when
//! `ERROR_L10N_E2E=1`; without it they show as ignored, not as passed.

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/metadata/messages.toml");
    println!("cargo:rerun-if-env-changed=ERROR_L10N_E2E");
    println!("cargo::rustc-check-cfg=cfg(e2e)");
    if std::env::var("ERROR_L10N_E2E").is_ok_and(|v| v == "1") {
        println!("cargo:rustc-cfg=e2e");
    }
}
