# Starting and stopping the configured WildFly of ear/target on one database, for bench/generate.sh and
# bench/verify-generated.sh (sourced; needs ROOT, DB, OFFSET, BENCH_PASSWORD and SERVER, the server's own directory).
# The server runs with its own base directory (configuration copied, the EAR in its deployments), so that nothing of
# ear/target changes and several servers can run side by side with their own port offsets.

WILDFLY=
SERVER_PID=

find_wildfly() {
  WILDFLY=$(ls -d "$ROOT"/ear/target/wildfly-* 2>/dev/null | head -1 || true)
  [ -n "$WILDFLY" ] && grep -q '<driver>postgresql</driver>' "$WILDFLY/standalone/configuration/standalone.xml" \
    && [ -f "$ROOT/ear/target/vierdepijler.ear" ] && [ -d "$ROOT/ear/target/vierdepijler/lib" ]
}

start_server() { # waits for /health/ready on the management port (WildFly's readiness: the EAR deployed and migrated)
  if curl -s -o /dev/null "http://localhost:$((9990 + OFFSET))/health/ready" \
      || curl -s -o /dev/null "http://localhost:$((8080 + OFFSET))/"; then
    echo "another server already listens at port offset $OFFSET: stop it or set BENCH_PORT_OFFSET" >&2
    exit 1
  fi
  rm -rf "$SERVER" && mkdir -p "$SERVER/deployments"
  cp -r "$WILDFLY/standalone/configuration" "$SERVER/"
  cp "$ROOT/ear/target/vierdepijler.ear" "$SERVER/deployments/"
  VP_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB VP_DB_USER=vierdepijler VP_DB_PASSWORD=vierdepijler \
    VP_ADMIN_PASSWORD="$BENCH_PASSWORD" setsid "$WILDFLY/bin/standalone.sh" -Djboss.server.base.dir="$SERVER" \
    -Djboss.socket.binding.port-offset="$OFFSET" >"$SERVER/console.log" 2>&1 &
  SERVER_PID=$!
  local ready=http://localhost:$((9990 + OFFSET))/health/ready
  for _ in $(seq 1 180); do
    if curl -sf "$ready" >/dev/null 2>&1; then echo "   ready at http://localhost:$((8080 + OFFSET))"; return; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then tail -30 "$SERVER/console.log"; echo "server died" >&2; exit 1; fi
    sleep 2
  done
  tail -30 "$SERVER/console.log"; echo "server not ready after 6 minutes" >&2; exit 1
}

stop_server() { # the management :shutdown, else the process group (SIGTERM to the script alone orphans WildFly)
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    "$WILDFLY/bin/jboss-cli.sh" --connect --controller=localhost:$((9990 + OFFSET)) --command=:shutdown \
      >/dev/null 2>&1 || kill -TERM -- -"$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL -- -"$SERVER_PID" 2>/dev/null || true
    echo "   server stopped"
  fi
  SERVER_PID=
}
