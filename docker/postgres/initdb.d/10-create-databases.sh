#!/usr/bin/env bash
# Runs once, when the official postgres image initialises an empty data directory
# (files in /docker-entrypoint-initdb.d are ignored on every later start).
#
# One PostgreSQL server, separate roles and databases:
#   khenthuong            role + database of the application (api and worker; TypeORM migrations
#                         run as this role, which owns the database and its public schema)
#   temporal              role owning the Temporal databases `temporal` and `temporal_visibility`
#                         (schemas are created and upgraded by the temporal-schema job)
# Neither role is a superuser, and neither can connect to the other's databases.
#
# Changing KHENTHUONG_DB_PASSWORD or TEMPORAL_DB_PASSWORD later does not re-run this script:
# change the role's password too (ALTER ROLE … PASSWORD …) — see docker/README.md.
# The image's entrypoint executes this file if it is executable and sources it otherwise, so it sets
# only the options the entrypoint itself runs with and exits only on error.
set -eo pipefail

: "${KHENTHUONG_DB_PASSWORD:?KHENTHUONG_DB_PASSWORD must be set for the postgres service}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD must be set for the postgres service}"

# Passwords travel as psql variables and are quoted by psql (:'var'), never spliced into SQL by
# the shell; the here-document is quoted so bash expands nothing in it.
psql --no-psqlrc -v ON_ERROR_STOP=1 \
  --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v app_password="$KHENTHUONG_DB_PASSWORD" \
  -v temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE khenthuong LOGIN PASSWORD :'app_password';
CREATE DATABASE khenthuong OWNER khenthuong ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE khenthuong FROM PUBLIC;

CREATE ROLE temporal LOGIN PASSWORD :'temporal_password';
CREATE DATABASE temporal OWNER temporal ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE temporal_visibility OWNER temporal ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE temporal FROM PUBLIC;
REVOKE ALL ON DATABASE temporal_visibility FROM PUBLIC;

-- Temporal's visibility schema needs btree_gin. It is a trusted extension (the database owner
-- could create it), but creating it here as superuser removes any doubt.
\connect temporal_visibility
CREATE EXTENSION IF NOT EXISTS btree_gin;
SQL

echo "khenthuong: created databases khenthuong, temporal, temporal_visibility and their roles"
