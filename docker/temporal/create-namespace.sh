#!/bin/sh
# One-shot job (temporalio/admin-tools image): waits until the Temporal cluster is healthy, then
# creates the application's namespace, or brings its retention up to date if it exists.
# The temporalio/server image (unlike the deprecated auto-setup image) creates no namespace.
#
#   TEMPORAL_ADDRESS              host:port of the frontend (read by the temporal CLI too)
#   TEMPORAL_NAMESPACE            namespace to create (default: default)
#   TEMPORAL_NAMESPACE_RETENTION  how long closed workflow histories are kept, e.g. 90d
set -eu

: "${TEMPORAL_ADDRESS:?TEMPORAL_ADDRESS is required}"
NAMESPACE="${TEMPORAL_NAMESPACE:-default}"
RETENTION="${TEMPORAL_NAMESPACE_RETENTION:-90d}"

attempt=0
until temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 60 ]; then
    echo "temporal-namespace: cluster at $TEMPORAL_ADDRESS is not healthy" >&2
    exit 1
  fi
  sleep 3
done

attempt=0
while :; do
  if temporal operator namespace describe --namespace "$NAMESPACE" --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; then
    temporal operator namespace update --namespace "$NAMESPACE" --retention "$RETENTION" --address "$TEMPORAL_ADDRESS"
    echo "temporal-namespace: namespace '$NAMESPACE' exists (retention $RETENTION)"
    break
  fi
  if temporal operator namespace create --namespace "$NAMESPACE" --retention "$RETENTION" --address "$TEMPORAL_ADDRESS"; then
    echo "temporal-namespace: namespace '$NAMESPACE' created (retention $RETENTION)"
    break
  fi
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 20 ]; then
    echo "temporal-namespace: could not create namespace '$NAMESPACE'" >&2
    exit 1
  fi
  sleep 3
done
