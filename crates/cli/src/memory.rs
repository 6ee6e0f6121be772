//! Giving freed heap memory back to the operating system.
//!
//! A merged batch builds a volume of hundreds of documents on the worker
//! threads and frees it on the main thread once the volume is written. The
//! system allocator (glibc) keeps such memory in the workers' arenas, where
//! fragmentation lets it pile up volume after volume; it is returned after
//! each volume instead.

/// Returns the heap's free pages to the operating system (glibc's
/// `malloc_trim`); does nothing on other platforms.
pub(crate) fn release_free() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases memory the allocator holds free; it
    // is safe to call at any time from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
