package org.consortia.deliverable.file;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.consortia.common.Sha256;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The file store in an S3-compatible bucket: {@code <prefix>/<first two hex digits>/<sha256>}. An
 * upload is sent, in parts of a fixed size (one part in memory at a time), to a temporary key under
 * {@code <prefix>/incoming/} while it is hashed, then copied to its hash key by the server and the
 * temporary object deleted. A failed upload leaves at most a temporary object or an unfinished
 * multipart upload, which the sweep removes once the grace period is over.
 */
public class S3FileStore implements FileStore, Closeable {

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}");

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final int partSize;

    S3FileStore(S3Client client, String bucket, String prefix, int partSize) {
        this.client = client;
        this.bucket = bucket;
        this.prefix = prefix.replaceAll("^/+|/+$", "");
        this.partSize = partSize;
    }

    /** A store on the configured bucket, with its own client (closed with the store). */
    public static S3FileStore create(FilesConfig.S3 config) {
        String bucket = config.bucket()
                .orElseThrow(() ->
                        new IllegalStateException("consortia.files.s3.bucket (CONSORTIA_FILES_S3_BUCKET) is not set"));
        AwsCredentialsProvider credentials = config.accessKeyId().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        config.accessKeyId().get(),
                        config.secretAccessKey()
                                .orElseThrow(() ->
                                        new IllegalStateException("consortia.files.s3.secret-access-key is not set"))))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(config.pathStyle())
                // Checksums only where S3 requires them: not every S3-compatible service knows the newer ones.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().ifPresent(builder::endpointOverride);
        return new S3FileStore(builder.build(), bucket, config.prefix(), (int)
                config.partSize().asLongValue());
    }

    @Override
    public Stored store(InputStream content) throws IOException {
        String temporary = prefix + "/incoming/" + UUID.randomUUID() + ".part";
        MessageDigest sha256 = Sha256.digest();
        byte[] part = new byte[partSize];
        int filled = content.readNBytes(part, 0, partSize);
        sha256.update(part, 0, filled);
        long size = filled;
        try {
            if (filled < partSize) {
                client.putObject(put -> put.bucket(bucket).key(temporary), body(part, filled));
            } else {
                size = multipart(temporary, content, sha256, part, filled);
            }
            String hash = Sha256.hex(sha256);
            // Copied even when the hash is stored already: the copy freshens its date, so the sweep
            // does not take it while this upload's transaction commits.
            client.copyObject(copy -> copy.sourceBucket(bucket)
                    .sourceKey(temporary)
                    .destinationBucket(bucket)
                    .destinationKey(key(hash)));
            return new Stored(hash, size);
        } catch (SdkException e) {
            throw new IOException("Could not store an upload in bucket " + bucket, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private long multipart(String key, InputStream content, MessageDigest sha256, byte[] part, int firstPart)
            throws IOException {
        String uploadId = client.createMultipartUpload(
                        create -> create.bucket(bucket).key(key))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            int filled = firstPart;
            while (filled > 0) {
                int number = parts.size() + 1;
                String etag = client.uploadPart(
                                upload -> upload.bucket(bucket)
                                        .key(key)
                                        .uploadId(uploadId)
                                        .partNumber(number),
                                body(part, filled))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                size += filled;
                filled = content.readNBytes(part, 0, partSize);
                sha256.update(part, 0, filled);
            }
            client.completeMultipartUpload(complete ->
                    complete.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(upload -> upload.parts(parts)));
            return size;
        } catch (IOException | RuntimeException e) {
            try {
                client.abortMultipartUpload(
                        abort -> abort.bucket(bucket).key(key).uploadId(uploadId));
            } catch (SdkException abortFailed) {
                e.addSuppressed(abortFailed); // the sweep aborts it later
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        try {
            return client.getObject(
                    get -> get.bucket(bucket).key(key(sha256)).range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key(sha256));
        } catch (SdkException e) {
            throw new IOException("Could not read " + key(sha256) + " from bucket " + bucket, e);
        }
    }

    @Override
    public boolean contains(String sha256) throws IOException {
        try {
            client.headObject(head -> head.bucket(bucket).key(key(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("Could not look for " + key(sha256) + " in bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("Could not look for " + key(sha256) + " in bucket " + bucket, e);
        }
    }

    /**
     * Lists the store's keys page by page (constant memory) and deletes the unreferenced hash keys and
     * temporary objects older than {@code before}, then aborts the multipart uploads begun before it.
     */
    @Override
    public int removeUnreferenced(Predicate<String> referenced, Instant before) throws IOException {
        String incoming = prefix + "/incoming/";
        int removed = 0;
        try {
            for (S3Object object : client.listObjectsV2Paginator(
                            list -> list.bucket(bucket).prefix(prefix + "/"))
                    .contents()) {
                String key = object.key();
                String name = key.substring(key.lastIndexOf('/') + 1);
                boolean partial = key.startsWith(incoming) && name.endsWith(".part");
                boolean stored = STORED_NAME.matcher(name).matches() && key.equals(key(name));
                if ((partial || (stored && !referenced.test(name)))
                        && object.lastModified().isBefore(before)) {
                    client.deleteObject(delete -> delete.bucket(bucket).key(key));
                    removed++;
                }
            }
            for (MultipartUpload upload : client.listMultipartUploadsPaginator(
                            list -> list.bucket(bucket).prefix(incoming))
                    .uploads()) {
                if (upload.initiated() != null && upload.initiated().isBefore(before)) {
                    client.abortMultipartUpload(
                            abort -> abort.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
                    removed++;
                }
            }
        } catch (SdkException e) {
            throw new IOException("Could not sweep bucket " + bucket, e);
        }
        return removed;
    }

    @Override
    public void checkWritable() throws IOException {
        try {
            client.headBucket(head -> head.bucket(bucket));
        } catch (SdkException e) {
            throw new IOException("Bucket " + bucket + " cannot be reached", e);
        }
    }

    /** Where the file with this hash is kept in the bucket. */
    String key(String sha256) {
        return prefix + "/" + sha256.substring(0, 2) + "/" + sha256;
    }

    /** The client, for the tests to look into the bucket. */
    S3Client client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }

    private void deleteQuietly(String key) {
        try {
            client.deleteObject(delete -> delete.bucket(bucket).key(key));
        } catch (SdkException e) {
            // Left for the sweep.
        }
    }

    /** The part as a request body, without copying it. */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length);
    }
}
