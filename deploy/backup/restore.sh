#!/usr/bin/env bash
# Restores a backup of backup.sh into a fresh platform: an empty database and an empty files
# directory. Checks the backup's checksums first, and, at the end, that every file version the
# database refers to is there with its SHA-256.
#
#   deploy/backup/restore.sh /backups/2026-11-24 20261124T031500Z
#
# Settings (environment): PGHOST, PGPORT, PGDATABASE (an empty database), PGUSER, PGPASSWORD, and
# CONSORTIA_FILES_DIRECTORY (an empty or new directory; with the S3 store, copy the bucket back with
# the provider's tool, then run this with CONSORTIA_FILES_DIRECTORY unset: the database only). Start
# the application on the restored database afterwards: Flyway applies any newer migration.
set -euo pipefail

source=${1:?usage: restore.sh <backup-directory> <stamp>}
stamp=${2:?usage: restore.sh <backup-directory> <stamp>}

(cd "$source" && sha256sum --check --quiet "SHA256SUMS-$stamp")

if [ -n "$(psql --no-psqlrc --tuples-only --no-align --command "select 1 from pg_tables where schemaname = 'public' limit 1")" ]; then
    echo "the database $PGDATABASE is not empty: restore into a fresh one" >&2
    exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --dbname "$PGDATABASE" "$source/consortia-$stamp.dump"
echo "database restored into $PGDATABASE"

if [ -n "${CONSORTIA_FILES_DIRECTORY:-}" ]; then
    mkdir -p "$CONSORTIA_FILES_DIRECTORY"
    if [ -n "$(ls -A "$CONSORTIA_FILES_DIRECTORY")" ]; then
        echo "the files directory $CONSORTIA_FILES_DIRECTORY is not empty: restore into a fresh one" >&2
        exit 1
    fi
    tar --extract --file "$source/files-$stamp.tar" --directory "$CONSORTIA_FILES_DIRECTORY"
    missing=0
    while read -r hash; do
        file="$CONSORTIA_FILES_DIRECTORY/${hash:0:2}/$hash"
        if [ ! -f "$file" ] || [ "$(sha256sum "$file" | cut -d' ' -f1)" != "$hash" ]; then
            echo "missing or damaged: $hash" >&2
            missing=$((missing + 1))
        fi
    done < <(psql --no-psqlrc --tuples-only --no-align --command "select distinct sha256 from file_version")
    if [ "$missing" -ne 0 ]; then
        echo "$missing stored files are missing or damaged" >&2
        exit 1
    fi
    echo "files restored into $CONSORTIA_FILES_DIRECTORY, every version's file checked"
fi
