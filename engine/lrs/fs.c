/* fs.c: the LRS configuration and statement queue's files, through the
 * store's file module (engine/store/store_file.h), which holds the rules:
 * whole reads that fail rather than come back short, durable replacement,
 * lock files, setting broken files aside. What stays here is lrs's own
 * wording of the messages. */
#include "lrs_local.h"
#include "store_file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int lrs_fs_read(const char *path, size_t max, char **buf, size_t *len)
{
    return st_file_read_all(path, max, buf, len);
}

bool lrs_fs_mkdirs(const char *dir, mode_t mode)
{
    return st_file_mkdirs(dir, mode);
}

bool lrs_fs_write(const char *path, const char *data, size_t len, mode_t mode, char *msg,
                  size_t msglen)
{
    switch (st_file_write_atomic(path, data, len, mode, false)) {
    case ST_FILE_DONE:
        return true;
    case ST_FILE_NO_FOLDER: {
        int e = errno;
        char *dir = st_file_parent(path);
        snprintf(msg, msglen, "cannot create the folder %s: %s", dir ? dir : path, strerror(e));
        free(dir);
        return false;
    }
    case ST_FILE_NO_MEMORY:
        snprintf(msg, msglen, "out of memory while writing %s", path);
        return false;
    case ST_FILE_NOT_WRITTEN:
        snprintf(msg, msglen, "cannot write %s: %s; the previous version is kept", path,
                 strerror(errno));
        return false;
    }
    return false;
}

int lrs_fs_lock(const char *path, const char *suffix, int wait_ms)
{
    return st_file_lock(path, suffix, wait_ms);
}

void lrs_fs_unlock(int fd)
{
    st_file_unlock(fd);
}

char *lrs_fs_set_aside(const char *path)
{
    return st_file_set_aside(path, "broken");
}
