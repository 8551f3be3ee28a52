#!/usr/bin/env bash
# Creates what docker/compose.yml expects and never commits: the RS256 sign-in key pair under docker/secrets
# and docker/.env with a database password and the intake encryption key. Refuses to overwrite existing ones:
# a new intake key makes stored answers unreadable, a new key pair signs everyone out.
set -euo pipefail
cd "$(dirname "$0")"
umask 077
mkdir -p secrets
if [[ ! -f secrets/jwt-private.pem ]]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out secrets/jwt-private.pem
  openssl pkey -in secrets/jwt-private.pem -pubout -out secrets/jwt-public.pem
  # the folder keeps other host users out; the files must be readable by the container's own user (uid 10001),
  # because compose mounts file secrets with their host permissions
  chmod 700 secrets
  chmod 644 secrets/jwt-private.pem secrets/jwt-public.pem
  echo "wrote secrets/jwt-private.pem and secrets/jwt-public.pem"
fi
if [[ ! -f .env ]]; then
  {
    echo "HEARTH_DB_PASSWORD=$(openssl rand -hex 24)"
    echo "HEARTH_INTAKE_ENCRYPTION_KEY=$(openssl rand -base64 32)"
  } > .env
  echo "wrote .env (keep a copy of HEARTH_INTAKE_ENCRYPTION_KEY with your backups)"
fi
# added after the first releases: an older .env gets the form secret appended
if ! grep -q '^HEARTH_FORM_SECRET=' .env; then
  echo "HEARTH_FORM_SECRET=$(openssl rand -base64 32)" >> .env
  echo "added HEARTH_FORM_SECRET to .env"
fi
