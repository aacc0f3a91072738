#!/usr/bin/env bash
# Backs up a running Consortia platform into a directory: the database (pg_dump, custom format), then
# the stored files of the disk store (a tar), with a SHA-256 of each. The database comes first: a file
# is stored before the row that refers to it commits, so every file the dump refers to is already on
# disk when the copy starts (the copy may hold a few more, which the orphan sweep removes later).
#
#   deploy/backup/backup.sh /backups/2026-11-24
#
# Settings (environment): the database through libpq's own variables — PGHOST, PGPORT, PGDATABASE,
# PGUSER, PGPASSWORD (or ~/.pgpass) — and CONSORTIA_FILES_DIRECTORY, the disk store's directory. With
# the S3 store, leave CONSORTIA_FILES_DIRECTORY unset and copy the bucket with the provider's tool
# after the dump (docs/operations.md, Backups). pg_dump must be of the server's major version or newer.
set -euo pipefail

target=${1:?usage: backup.sh <backup-directory>}
mkdir -p "$target"
stamp=$(date -u +%Y%m%dT%H%M%SZ)

pg_dump --format=custom --no-owner --no-privileges --file "$target/consortia-$stamp.dump"
echo "database: $target/consortia-$stamp.dump"

if [ -n "${CONSORTIA_FILES_DIRECTORY:-}" ]; then
    # Uploads still in progress (incoming/) are not files yet.
    tar --create --file "$target/files-$stamp.tar" --directory "$CONSORTIA_FILES_DIRECTORY" --exclude=./incoming .
    echo "files: $target/files-$stamp.tar"
fi

(cd "$target" && sha256sum -- *-"$stamp".* > "SHA256SUMS-$stamp")
echo "checksums: $target/SHA256SUMS-$stamp"
