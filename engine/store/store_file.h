/* store_file.h: whole files read and written safely, locks and setting files
 * aside: the one place these rules live (progress files, the LRS queue and
 * configuration, reports).
 *
 * Depends on: the C library and POSIX only (no cJSON here, so any part may
 * use it). Used by store/file.c, lrs/fs.c and the report writers.
 *
 * The rules, and why:
 * - A read either returns the whole file or fails with errno; a failed
 *   allocation or a read error is never a short, "successful" read, because
 *   a caller that parses a cut-off buffer would call a good file broken.
 * - A write goes to a temporary file in the same folder (O_EXCL), is written
 *   whole, fsync'ed and closed, then renamed over the old file, and the folder
 *   is fsync'ed: a crash at any moment leaves the old file or the new one.
 *   After a failed fsync nothing is retried (the cache may have dropped the
 *   data); the caller rewrites from memory.
 * - Locks are flock()s on a separate lock file: a lock on the data file would
 *   not survive its rename, and fcntl locks vanish when any descriptor of the
 *   file is closed.
 * - A file set aside is renamed with renameat2(RENAME_NOREPLACE): in one
 *   step, and never over an existing name (link() + unlink() where the file
 *   system lacks it). */
#ifndef RAPPORT_STORE_FILE_H
#define RAPPORT_STORE_FILE_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* The errno of a read refused because the path is not a regular file (a
 * FIFO would make the read wait for a writer forever; a device or a folder
 * is not a file anyone saved). st_file_why says it in words. */
#define ST_FILE_NOT_REGULAR EINVAL
/* strerror(err), but for ST_FILE_NOT_REGULAR what the refusal means. */
const char *st_file_why(int err);

/* Opens path for reading, only when it is a regular file: never waits on a
 * FIFO. Returns the descriptor, or -1 with errno set (ENOENT when missing,
 * ST_FILE_NOT_REGULAR when it is something else). */
int st_file_open_read(const char *path);

/* Reads the whole of path (at most max bytes) into *buf, malloc'ed and
 * NUL-terminated (the caller frees it), its length in *len.
 * Returns 0 on success; 1 when path does not exist (*buf NULL); -1 on any
 * other failure with errno set (EIO and the like, ENOMEM when memory ran out,
 * EFBIG when the file is larger than max, ST_FILE_NOT_REGULAR when path is a
 * FIFO, a device or a folder: refused without reading), *buf NULL. */
int st_file_read_all(const char *path, size_t max, char **buf, size_t *len);

/* What st_file_write_atomic could not do; errno says why. */
typedef enum st_file_err {
    ST_FILE_DONE,       /* written durably */
    ST_FILE_NO_FOLDER,  /* the folder could not be created */
    ST_FILE_NO_MEMORY,  /* nothing was touched */
    ST_FILE_NOT_WRITTEN /* the previous version of path is unchanged */
} st_file_err;

/* Replaces path with len bytes of data, atomically and durably, creating
 * missing folders (mode 0700). The new file gets exactly mode (the umask
 * never widens or narrows it). With keep_bak, the version being replaced
 * (when there is one) first becomes <path>.bak: a copy written the same
 * durable way, never a hard link, so damage to one file in place cannot
 * reach the other; when that copy cannot be made, nothing is replaced
 * (ST_FILE_NOT_WRITTEN). Never writes through a file or link someone left
 * under the temporary name. */
st_file_err st_file_write_atomic(const char *path, const char *data, size_t len, mode_t mode,
                                 bool keep_bak);

/* mkdir -p with mode for the folders it creates. Returns false (errno set). */
bool st_file_mkdirs(const char *dir, mode_t mode);

/* The folder part of path ("." when there is none, "/" for the root);
 * malloc'ed, NULL when out of memory. */
char *st_file_parent(const char *path);

/* Takes an exclusive flock on <path>.<suffix> (created 0600 with its folder
 * when missing), waiting up to wait_ms (0: try once). Returns the descriptor
 * to pass to st_file_unlock, -1 on error (errno set), -2 when another process
 * holds it. */
int st_file_lock(const char *path, const char *suffix, int wait_ms);
/* Releases and closes a descriptor from st_file_lock; ignores fd < 0. */
void st_file_unlock(int fd);

/* Renames path to <path>.<label>-<UTC yyyymmdd-hhmmss>[-n], never replacing
 * an existing file, so the bytes survive as they are, and durably (the
 * folder is fsync'ed). Returns the new name
 * (malloc'ed; the caller frees it), or NULL with errno set (ENOENT when path
 * is gone). */
char *st_file_set_aside(const char *path, const char *label);

/* Makes the folder's entries (renames, links, unlinks) durable. Returns false
 * with errno set. */
bool st_file_sync_dir(const char *dir);

#endif
