#!/bin/sh
# The smoke test's function: reads the event on stdin and answers {"ok": true, "orderId": ...} from it.
order_id=$(sed -n 's/.*"orderId"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
if [ -z "$order_id" ]; then
  echo 'handler.sh: the event has no "orderId"' >&2
  exit 2
fi
printf '{"ok": true, "orderId": "%s"}\n' "$order_id"
