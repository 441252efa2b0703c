// Keeps package-lock.json usable by `npm ci` on every platform. The registry
// mirror our machines use serves only linux-x64 builds of platform-specific
// optional packages (@next/swc-*, @tailwindcss/oxide-*, lightningcss-*...),
// so npm drops the other platforms' entries from the lockfile, and `npm ci`
// then refuses the lockfile as out of sync. This restores those entries,
// with os/cpu read from the package name, so npm skips them on other
// platforms without fetching. Run after `npm install`: node scripts/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openbsd", "sunos", "aix", "netbsd"];
const CPU = { arm64: "arm64", x64: "x64", arm: "arm", ia32: "ia32", riscv64: "riscv64", s390x: "s390x", ppc64: "ppc64", loong64: "loong64" };

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
let added = 0;
for (const [where, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = `${where ? `${where}/` : ""}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    const parts = name.split("/").pop().split("-");
    const os = OS.find((o) => parts.includes(o));
    const cpu = Object.keys(CPU).find((c) => parts.includes(c));
    const entry = { version, optional: true };
    if (parts.includes("wasm32")) entry.cpu = ["wasm32"];
    else {
      if (os) entry.os = [os];
      if (cpu) entry.cpu = [CPU[cpu]];
    }
    if (parts.includes("musl")) entry.libc = ["musl"];
    if (parts.includes("gnu") || parts.includes("gnueabihf")) entry.libc = ["glibc"];
    lock.packages[`node_modules/${name}`] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile: restored ${added} platform-specific optional entries`);
