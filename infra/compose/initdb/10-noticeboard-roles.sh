#!/bin/sh
# Run by the postgres image once, on an empty data directory, as the superuser.
# The roles and database of README.md "Using a real PostgreSQL server"; passwords come from the environment.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$NOTICEBOARD_OWNER_DB_PASSWORD" \
  -v api_password="$NOTICEBOARD_API_DB_PASSWORD" <<'SQL'
CREATE ROLE noticeboard_owner LOGIN PASSWORD :'owner_password';
CREATE DATABASE noticeboard OWNER noticeboard_owner;
CREATE ROLE noticeboard_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
CREATE ROLE noticeboard_api LOGIN PASSWORD :'api_password' NOSUPERUSER NOBYPASSRLS IN ROLE noticeboard_app;
SQL
