package org.consortia.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 server (S3Proxy over jclouds' in-memory blob store) in the test JVM, on a free port of the
 * loopback address, for the whole run. The application's test profile keeps the disk store but knows
 * this bucket, so the migration to S3 runs against it; {@code S3FileStoreTest} uses it directly.
 */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "consortia-test";
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";

    private static S3Proxy proxy;

    /** The server's address, starting it the first time. */
    public static synchronized URI endpoint() {
        if (proxy == null) {
            BlobStoreContext context = ContextBuilder.newBuilder("transient")
                    .credentials("identity", "credential")
                    .build(BlobStoreContext.class);
            context.getBlobStore().createContainerInLocation(null, BUCKET);
            S3Proxy server = S3Proxy.builder()
                    .blobStore(context.getBlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                    .ignoreUnknownHeaders(true)
                    .build();
            try {
                server.start();
            } catch (Exception e) {
                throw new IllegalStateException("The test S3 server did not start", e);
            }
            proxy = server;
        }
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "consortia.files.s3.endpoint",
                endpoint().toString(),
                "consortia.files.s3.bucket",
                BUCKET,
                "consortia.files.s3.access-key-id",
                ACCESS_KEY,
                "consortia.files.s3.secret-access-key",
                SECRET_KEY,
                "consortia.files.s3.path-style",
                "true");
    }

    @Override
    public void stop() {
        // Kept for the next test profile; stopped with the JVM.
    }
}
