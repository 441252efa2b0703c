// Words in the UI are true: no page promises a feature "with a later issue"
// (the people reading it have no issue tracker), and no page describes
// behaviour that has changed. Scans the sources every page is rendered from.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

// Promises of later work, and the one behaviour the issue named as changed.
const UNTRUE = [
  /\blater issue\b/i,
  /\bwith (a|the) [a-z-]+ issue\b/i,
  /\barrives? with\b/i,
  /\bcoming soon\b/i,
  /\bnot (yet )?implemented\b/i,
  /\(at the next payout run\)/i,
];

describe("words in the UI", () => {
  it("no page or component promises later work or describes approval as happening only at payout runs", () => {
    const files = [...sources(path.join(ROOT, "app")), ...sources(path.join(ROOT, "components"))].filter((f) => !f.includes(`${path.sep}api${path.sep}`));
    expect(files.length).toBeGreaterThan(10);
    const hits: string[] = [];
    for (const file of files) {
      readFileSync(file, "utf8").split("\n").forEach((line, i) => {
        if (UNTRUE.some((re) => re.test(line))) hits.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 140)}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
