#!/bin/sh
# Installs the inventory capture agent from this package folder, as root:
#   sudo ./install.sh CLIENTID=office-agent CLIENTSECRET=... PORTALURL1=https://inventory.example.com
# Copies the program under /opt/inventory-capture-agent, saves the parameters to
# /var/lib/inventory-capture-agent/config.json and starts inventory-capture-agent.service.
# Running it again is harmless; `capture-agent uninstall` removes everything.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null 2>&1; then
  echo "install.sh: Node.js 20.19 or later is required and \`node\` is not on the PATH" >&2
  exit 1
fi
if ! node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1)'; then
  echo "install.sh: Node.js 20.19 or later is required, this is $(node --version)" >&2
  exit 1
fi
if [ "$(id -u)" != 0 ]; then
  echo "install.sh: run it as root (sudo ./install.sh ...)" >&2
  exit 1
fi
exec node "$here/capture-agent.js" install "$@"
