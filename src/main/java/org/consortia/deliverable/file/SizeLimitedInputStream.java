package org.consortia.deliverable.file;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream of an upload that fails, rather than ends, once it has given more than {@code limit} bytes. */
final class SizeLimitedInputStream extends FilterInputStream {

    /** The upload is larger than allowed; what was read of it so far is to be dropped. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The upload is larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private long given;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long bytes) throws TooLarge {
        given += bytes;
        if (given > limit) {
            throw new TooLarge(limit);
        }
    }
}
