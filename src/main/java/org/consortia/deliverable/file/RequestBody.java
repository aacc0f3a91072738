package org.consortia.deliverable.file;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An upload read from the request as it arrives: a failed read is the client's connection ending early. */
final class RequestBody extends FilterInputStream {

    /** The client stopped sending before the end of its upload (closed, reset or timed out). */
    static final class CutOff extends IOException {
        CutOff(IOException cause) {
            super("The upload was cut off: " + cause.getMessage(), cause);
        }
    }

    RequestBody(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw new CutOff(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw new CutOff(e);
        }
    }
}
