#!/bin/sh
# One-shot job (temporalio/admin-tools image): creates or upgrades the Temporal schemas in the
# `temporal` and `temporal_visibility` databases. Safe to run on every `docker compose up`:
# setup-schema -v 0.0 only creates the version tables when they are missing, and update-schema
# applies only the versions that are not yet applied.
#
# The databases themselves and the `temporal` role are created by docker/postgres/initdb.d, so
# the role needs no CREATEDB right and `temporal-sql-tool create` is not used.
#
# Connection from the environment (temporal-sql-tool reads these itself):
#   SQL_PLUGIN=postgres12 SQL_HOST SQL_PORT SQL_USER SQL_PASSWORD
set -eu

: "${SQL_HOST:?SQL_HOST is required}"
: "${SQL_USER:?SQL_USER is required}"
: "${SQL_PASSWORD:?SQL_PASSWORD is required}"
: "${SQL_PLUGIN:=postgres12}"
export SQL_PLUGIN
SCHEMA_ROOT=/etc/temporal/schema/postgresql/v12

echo "temporal-schema: waiting for ${SQL_HOST}:${SQL_PORT:-5432}"
attempt=0
until nc -z -w 5 "$SQL_HOST" "${SQL_PORT:-5432}"; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 60 ]; then
    echo "temporal-schema: PostgreSQL is not reachable" >&2
    exit 1
  fi
  sleep 2
done

echo "temporal-schema: schema of database temporal"
temporal-sql-tool --database temporal setup-schema -v 0.0
temporal-sql-tool --database temporal update-schema -d "$SCHEMA_ROOT/temporal/versioned"

echo "temporal-schema: schema of database temporal_visibility"
temporal-sql-tool --database temporal_visibility setup-schema -v 0.0
temporal-sql-tool --database temporal_visibility update-schema -d "$SCHEMA_ROOT/visibility/versioned"

echo "temporal-schema: done"
