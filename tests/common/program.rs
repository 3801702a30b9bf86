//! Finding the executables the end-to-end tests drive (gateways,
//! validators). With the tests switched on, a missing one is a failure
//! that says how to install it, not a skip: CI must not pass by testing
//! nothing.

use std::path::PathBuf;

/// An executable from PATH or the sbin folders (Debian puts nginx,
/// haproxy and chroot there, which a user's PATH lacks).
pub fn program(name: &str, install: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let sbin = ["/usr/local/sbin", "/usr/sbin", "/sbin"].map(PathBuf::from);
    std::env::split_paths(&path)
        .chain(sbin)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "ERROR_L10N_E2E=1 but `{name}` is not installed (looked in PATH and the sbin \
                 folders); install it, e.g. `{install}`"
            )
        })
}
