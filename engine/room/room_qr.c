/* room_qr.c: the join address as a QR code, so a phone's camera opens the
 * room without typing. The window draws the modules as rectangles.
 *
 * Depends on: libqrencode. */
#include "room.h"

#include <qrencode.h>
#include <stdlib.h>

unsigned char *room_qr(const char *text, int *size)
{
    *size = 0;
    QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!q) return NULL;
    size_t n = (size_t)q->width * (size_t)q->width;
    unsigned char *m = malloc(n);
    if (m) {
        for (size_t i = 0; i < n; i++)
            m[i] = q->data[i] & 1; /* bit 0: dark; the other bits say which pattern */
        *size = q->width;
    }
    QRcode_free(q);
    return m;
}
