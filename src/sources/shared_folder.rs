//! A folder that several workers file from (issue 16): a scanning hub's network share that two
//! or more machines watch. A worker *claims* a settled file by renaming it into a folder of its
//! own beside the inbox, and files it from there. A rename within one file system is atomic, so
//! of two workers renaming the same file one wins and the other finds it gone, and nobody's
//! claim depends on a clock or on the database being reachable at that moment.
//!
//! ```text
//! INBOX/
//!   scan0001.pdf                         not yet claimed
//!   .casevault-claims/                   hidden: the folder loop never lists it as the inbox
//!     host-4711-9f3a…/                   one worker's claims (its name is the worker's)
//!       1/scan0002.pdf                   a claim keeps the file's own name (it may carry the
//!       2/scan0003.pdf                   case number), one folder a claim
//! ```
//!
//! Each worker holds a lease in the catalog named after its claims folder, renewed every third
//! of its length. A worker that dies stops renewing; once its lease has run out, any other
//! worker takes its claims over by renaming each claim folder into its own (again atomic: one
//! taker wins), and files them. Filing is idempotent (the same bytes are a duplicate of what was
//! stored; a pending row is resumed by its SHA-256), so a file the dead worker had already
//! stored is not stored twice. A worker stopping in good order puts what it still holds back
//! into the inbox (without replacing a file of the same name that arrived meanwhile) and gives
//! its lease up.
//!
//! Nothing here logs a file name: scanners' names carry case names.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::catalog::Catalog;

/// The hidden folder beside the inbox's files that holds every worker's claims.
pub const CLAIMS_DIR: &str = ".casevault-claims";

/// This worker's side of a shared folder.
pub struct SharedFolder {
    inbox: PathBuf,
    /// This worker's claims folder.
    mine: PathBuf,
    tag: String,
    catalog: Arc<Catalog>,
    next: u64,
    stop: watch::Sender<bool>,
    beat: Option<tokio::task::JoinHandle<()>>,
}

fn lease_name(tag: &str) -> String {
    format!("folder-worker:{tag}")
}

/// What [`SharedFolder::claim`] did with one file.
pub enum Claim {
    /// Now at this path, this worker's.
    Mine(PathBuf),
    /// Another worker renamed it first (or a person took it away).
    Gone,
}

impl SharedFolder {
    /// Makes this worker's claims folder and takes its lease.
    pub async fn start(
        inbox: &Path,
        catalog: Arc<Catalog>,
        lease: Duration,
    ) -> Result<SharedFolder, String> {
        // The worker's name, made safe as a folder name.
        let tag: String = crate::catalog::queue::worker_name()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let mine = inbox.join(CLAIMS_DIR).join(&tag);
        crate::private_fs::create_private_dir_all(&mine)
            .map_err(|e| format!("cannot make this worker's claims folder: {e}"))?;
        let ms = lease.as_millis() as i64;
        let (c, name) = (catalog.clone(), lease_name(&tag));
        let held = tokio::task::spawn_blocking(move || c.take_lease(&name, &name, ms))
            .await
            .map_err(|_| "the lease task stopped".to_string())?
            .map_err(|e| format!("cannot take this worker's lease: {e}"))?;
        if !held {
            return Err("this worker's lease is held by another (a name clash)".into());
        }
        let (stop, mut stopped) = watch::channel(false);
        let beat = {
            let (c, name) = (catalog.clone(), lease_name(&tag));
            tokio::spawn(async move {
                loop {
                    tokio::select! {
                        _ = tokio::time::sleep(lease / 3) => {}
                        _ = stopped.changed() => return,
                    }
                    let (c, n) = (c.clone(), name.clone());
                    match tokio::task::spawn_blocking(move || c.take_lease(&n, &n, ms)).await {
                        Ok(Ok(true)) => {}
                        Ok(Ok(false)) => tracing::warn!(
                            "shared folder: this worker's lease ran out and another worker may have taken its files over; they are filed once all the same"
                        ),
                        Ok(Err(e)) => {
                            tracing::warn!(error = %e, "shared folder: this worker's lease was not renewed")
                        }
                        Err(_) => return,
                    }
                }
            })
        };
        Ok(SharedFolder {
            inbox: inbox.to_path_buf(),
            mine,
            tag,
            catalog,
            next: 0,
            stop,
            beat: Some(beat),
        })
    }

    /// A new, empty claim folder of this worker's.
    fn new_slot(&mut self) -> std::io::Result<PathBuf> {
        loop {
            self.next += 1;
            let slot = self.mine.join(self.next.to_string());
            match std::fs::create_dir(&slot) {
                Ok(()) => return Ok(slot),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Claims a settled inbox file by renaming it into a new claim folder of this worker's.
    pub fn claim(&mut self, path: &Path) -> std::io::Result<Claim> {
        let Some(name) = path.file_name() else {
            return Ok(Claim::Gone);
        };
        let slot = self.new_slot()?;
        let to = slot.join(name);
        match std::fs::rename(path, &to) {
            Ok(()) => Ok(Claim::Mine(to)),
            Err(e) => {
                let _ = std::fs::remove_dir(&slot);
                if e.kind() == std::io::ErrorKind::NotFound {
                    Ok(Claim::Gone)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Every file this worker holds, oldest claim first.
    pub fn held(&self) -> Vec<PathBuf> {
        let mut slots: Vec<(u64, PathBuf)> = std::fs::read_dir(&self.mine)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let n = e.file_name().to_str()?.parse::<u64>().ok()?;
                Some((n, e.path()))
            })
            .collect();
        slots.sort();
        let mut files = Vec::new();
        for (_, slot) in slots {
            let mut in_slot: Vec<PathBuf> = std::fs::read_dir(&slot)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect();
            if in_slot.is_empty() {
                // Released (filed and deleted or moved): the claim is over.
                let _ = std::fs::remove_dir(&slot);
            }
            in_slot.sort();
            files.extend(in_slot);
        }
        files
    }

    /// Takes over the claims of every worker whose lease has run out; returns how many claims.
    /// Also says whether other workers (alive) still hold files: a run that files what is
    /// there and stops waits for them, since one of them may yet stop and leave its files.
    pub async fn take_over(&mut self) -> (usize, bool) {
        let root = self.inbox.join(CLAIMS_DIR);
        let others: Vec<(String, PathBuf)> = std::fs::read_dir(&root)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| Some((e.file_name().to_str()?.to_string(), e.path())))
            .filter(|(tag, p)| *tag != self.tag && p.is_dir())
            .collect();
        let mut taken = 0;
        let mut others_hold = false;
        for (tag, dir) in others {
            // In the dead worker's order of claiming.
            let mut slots: Vec<(u64, PathBuf)> = std::fs::read_dir(&dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| {
                    let n = e.file_name().to_str().and_then(|n| n.parse().ok());
                    (n.unwrap_or(u64::MAX), e.path())
                })
                .collect();
            slots.sort();
            let slots: Vec<PathBuf> = slots.into_iter().map(|(_, p)| p).collect();
            let (c, name) = (self.catalog.clone(), lease_name(&tag));
            let alive = match tokio::task::spawn_blocking(move || c.lease_holder(&name)).await {
                Ok(Ok(h)) => h.is_some(),
                // Not known: treated as alive (taking over a live worker's files would file
                // them twice over, if harmlessly).
                _ => true,
            };
            if alive {
                others_hold |= !slots.is_empty();
                continue;
            }
            for slot in slots {
                let Ok(to) = self.new_slot() else { continue };
                // The empty slot made for it is replaced by the dead worker's, whole.
                let _ = std::fs::remove_dir(&to);
                if std::fs::rename(&slot, &to).is_ok() {
                    taken += 1;
                }
            }
            // Empty now (or another taker emptied it): gone.
            let _ = std::fs::remove_dir(&dir);
        }
        if taken > 0 {
            tracing::info!(
                claims = taken,
                "shared folder: took over the files of a worker that stopped"
            );
        }
        (taken, others_hold)
    }

    /// Stops the heartbeat, puts what this worker still holds back into the inbox (never over a
    /// file of the same name), and gives the lease up, so others take anything left at once.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        if let Some(beat) = self.beat.take() {
            let _ = beat.await;
        }
        let mut left = 0;
        for file in self.held() {
            let Some(name) = file.file_name() else {
                continue;
            };
            let back = self.inbox.join(name);
            // A hard link fails rather than replace; the claim is then left for another worker.
            if std::fs::hard_link(&file, &back).is_ok() {
                let _ = std::fs::remove_file(&file);
                if let Some(slot) = file.parent() {
                    let _ = std::fs::remove_dir(slot);
                }
            } else {
                left += 1;
            }
        }
        if left == 0 {
            let _ = std::fs::remove_dir(&self.mine);
        } else {
            tracing::warn!(
                files = left,
                "shared folder: files this worker held could not go back into the inbox (a file of the same name is there); another worker takes them over"
            );
        }
        let (c, name) = (self.catalog.clone(), lease_name(&self.tag));
        let _ = tokio::task::spawn_blocking(move || c.drop_lease(&name, &name)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lease_runs_out(catalog: &Catalog, tag: &str) {
        catalog
            .conn()
            .execute(
                "UPDATE leases SET until_ms = 0 WHERE name = ?1",
                crate::catalog::db::params![lease_name(tag)],
            )
            .unwrap();
    }

    /// Of two workers claiming the same file, one gets it; a worker whose lease runs out has
    /// its claims taken over whole (names kept); one that stops in good order puts what it
    /// holds back, never over a file of the same name.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn claims_are_one_workers_taken_over_when_it_stops_and_put_back_on_a_clean_stop() {
        let dir = tempfile::tempdir().unwrap();
        let inbox = dir.path();
        let catalog = Arc::new(Catalog::in_memory().unwrap());
        let lease = Duration::from_secs(60);
        let mut a = SharedFolder::start(inbox, catalog.clone(), lease)
            .await
            .unwrap();
        let mut b = SharedFolder::start(inbox, catalog.clone(), lease)
            .await
            .unwrap();
        for name in ["LS24P01234 one.pdf", "LS24P01234 two.pdf", "three.pdf"] {
            std::fs::write(inbox.join(name), name).unwrap();
        }
        let one = inbox.join("LS24P01234 one.pdf");
        assert!(matches!(a.claim(&one).unwrap(), Claim::Mine(_)));
        assert!(
            matches!(b.claim(&one).unwrap(), Claim::Gone),
            "claimed once"
        );
        assert!(matches!(
            a.claim(&inbox.join("LS24P01234 two.pdf")).unwrap(),
            Claim::Mine(_)
        ));
        assert!(matches!(
            b.claim(&inbox.join("three.pdf")).unwrap(),
            Claim::Mine(_)
        ));
        let names = |files: Vec<PathBuf>| -> Vec<String> {
            files
                .iter()
                .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(
            names(a.held()),
            ["LS24P01234 one.pdf", "LS24P01234 two.pdf"]
        );
        assert_eq!(names(b.held()), ["three.pdf"]);
        // a is alive: b leaves its files alone, and says someone else holds files.
        assert_eq!(b.take_over().await, (0, true));
        // a stops renewing: b takes its claims over, names kept.
        lease_runs_out(&catalog, &a.tag);
        assert_eq!(b.take_over().await, (2, false));
        assert_eq!(
            names(b.held()),
            ["three.pdf", "LS24P01234 one.pdf", "LS24P01234 two.pdf"]
        );
        assert!(a.held().is_empty());
        // b stops in good order while a new "three.pdf" waits in the inbox: the others go back,
        // that one stays claimed for another worker (b's lease is given up).
        std::fs::write(inbox.join("three.pdf"), "a new scan of the same name").unwrap();
        let tag_b = b.tag.clone();
        b.stop().await;
        assert_eq!(
            std::fs::read(inbox.join("three.pdf")).unwrap(),
            b"a new scan of the same name"
        );
        assert!(inbox.join("LS24P01234 one.pdf").is_file());
        assert!(inbox.join("LS24P01234 two.pdf").is_file());
        assert_eq!(catalog.lease_holder(&lease_name(&tag_b)).unwrap(), None);
        let mut c = SharedFolder::start(inbox, catalog.clone(), lease)
            .await
            .unwrap();
        assert_eq!(c.take_over().await.0, 1, "b's last claim, taken over");
        assert_eq!(names(c.held()), ["three.pdf"]);
    }
}
