//! Hot reload: a new compiled catalog is built beside the one serving and
//! swapped in whole, on SIGHUP, on `POST /admin/reload`, or with `--watch`
//! when the locales folder changes.
//!
//! `arc-swap` holds the current catalog: a request takes it once (no lock,
//! no wait) and renders from that one catalog to the end, so it never mixes
//! two; the per-worker chain memos live inside each `Compiled`, so a new
//! catalog starts with fresh ones. A catalog with any error is refused and
//! the old one keeps serving.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use arc_swap::{ArcSwap, Guard};

use crate::catalog::{Catalog, LoadErrors, LocaleFiles};
use crate::compiled::Compiled;

/// Where the catalog is read from, to read it again.
#[derive(Debug, Clone)]
pub enum Source {
    /// Built into the binary: nothing to reload.
    Embedded,
    Folder {
        dir: PathBuf,
        default_locale: String,
        pseudo_locales: bool,
    },
}

impl Source {
    /// Reads, checks and compiles the catalog; the warnings are logged.
    pub fn load(&self) -> Result<Compiled, LoadErrors> {
        let Source::Folder {
            dir,
            default_locale,
            pseudo_locales,
        } = self
        else {
            return Ok(Compiled::embedded());
        };
        let started = Instant::now();
        let mut files = LocaleFiles::read_dir(dir)?;
        if *pseudo_locales {
            files.add_pseudo_locales();
        }
        let catalog =
            Catalog::check(files, default_locale).into_result(|w| tracing::warn!("{w}"))?;
        Ok(Compiled::new(catalog).with_read_time(started.elapsed()))
    }
}

/// What a reload did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reloaded {
    /// The new catalog serves.
    Swapped {
        generation: u64,
        locales: usize,
        messages: usize,
        took: Duration,
    },
    /// The catalog is the embedded one: nothing was read.
    Embedded,
}

/// The catalog that serves, and how to replace it.
pub struct Catalogs {
    current: ArcSwap<Compiled>,
    source: Source,
    /// One reload at a time: two at once would only race to the same end.
    reloading: Mutex<()>,
    pub reloads_ok: AtomicU64,
    pub reloads_failed: AtomicU64,
    /// Rendered counts of catalogs swapped out, so `/metrics` counters do
    /// not fall back at a reload. Touched at reloads and scrapes only.
    retired: Mutex<BTreeMap<(String, String), u64>>,
}

impl Catalogs {
    pub fn new(compiled: Arc<Compiled>, source: Source) -> Catalogs {
        Catalogs {
            current: ArcSwap::new(compiled),
            source,
            reloading: Mutex::new(()),
            reloads_ok: AtomicU64::new(0),
            reloads_failed: AtomicU64::new(0),
            retired: Mutex::new(BTreeMap::new()),
        }
    }

    /// Rendered counts by (id, locale), over every catalog that served.
    pub fn rendered_counts(&self) -> BTreeMap<(String, String), u64> {
        let mut all = self
            .retired
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        for (key, n) in self.current().rendered_counts() {
            *all.entry(key).or_default() += n;
        }
        all
    }

    /// The catalog serving now; hold it for the whole request.
    pub fn current(&self) -> Guard<Arc<Compiled>> {
        self.current.load()
    }

    pub fn source(&self) -> &Source {
        &self.source
    }

    /// Reads the source again and, if it has no error, swaps it in. Blocks
    /// for the load (tens of milliseconds): call it off the async workers.
    pub fn reload(&self) -> Result<Reloaded, LoadErrors> {
        if matches!(self.source, Source::Embedded) {
            return Ok(Reloaded::Embedded);
        }
        // A poisoned lock only means an earlier reload panicked; the
        // catalog it guards is still whole (the swap is atomic).
        let _one_at_a_time = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        let started = Instant::now();
        match self.source.load() {
            Ok(compiled) => {
                let reloaded = Reloaded::Swapped {
                    generation: compiled.generation,
                    locales: compiled.catalog.locale_count(),
                    messages: compiled.catalog.metadata.count(),
                    took: started.elapsed(),
                };
                let old = self.current.swap(Arc::new(compiled));
                // Requests still holding the old catalog may count a few
                // more there; a scrape loses those, never more.
                let mut retired = self.retired.lock().unwrap_or_else(|e| e.into_inner());
                for (key, n) in old.rendered_counts() {
                    *retired.entry(key).or_default() += n;
                }
                self.reloads_ok.fetch_add(1, Ordering::Relaxed);
                tracing::info!(?reloaded, "catalog reloaded");
                Ok(reloaded)
            }
            Err(errors) => {
                self.reloads_failed.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(
                    "catalog reload refused, the previous catalog keeps serving: {errors}"
                );
                Err(errors)
            }
        }
    }
}

/// Watches a locales folder and reloads when it changes: polls a
/// fingerprint (every path, size and modification time, following
/// symlinks) each `interval`, and reloads once it has changed and then
/// held still for one more poll (a debounce, so a half-copied folder is not
/// read). Polling, rather than inotify, sees a Kubernetes ConfigMap update
/// as any other change: the kubelet swaps the `..data` symlink to a new
/// folder, which an inotify watch on the old folder would never report.
pub fn watch(catalogs: Arc<Catalogs>, interval: Duration) {
    let Source::Folder { dir, .. } = catalogs.source().clone() else {
        return;
    };
    let spawned = std::thread::Builder::new()
        .name("locales-watch".into())
        .spawn(move || {
            let mut served = fingerprint(&dir);
            let mut seen = served.clone();
            loop {
                std::thread::sleep(interval);
                let now = fingerprint(&dir);
                if now != seen {
                    seen = now; // changed: wait until it holds still
                    continue;
                }
                if now != served {
                    served = now;
                    let _ = catalogs.reload();
                }
            }
        });
    if let Err(e) = spawned {
        tracing::warn!("cannot start watching the locales folder: {e}");
    }
}

type Fingerprint = Vec<(PathBuf, u64, Option<SystemTime>)>;

fn fingerprint(dir: &Path) -> Fingerprint {
    let mut out = Vec::new();
    let Ok(folders) = std::fs::read_dir(dir) else {
        return out;
    };
    for folder in folders.flatten() {
        let path = folder.path();
        // `metadata` follows symlinks: a swapped link shows as new targets.
        let Ok(entries) = std::fs::read_dir(&path) else {
            continue;
        };
        for file in entries.flatten() {
            let file = file.path();
            if let Ok(meta) = std::fs::metadata(&file) {
                out.push((file, meta.len(), meta.modified().ok()));
            }
        }
        if let Ok(target) = std::fs::canonicalize(&path) {
            out.push((target, 0, None));
        }
    }
    out.sort();
    out
}
