// Precision and recall of every fraud signal over many generated workspaces,
// and false flags per 100 clean creators per month (docs/FRAUD.md).
//   npx tsx bench/fraud.ts [workspaces=20] [creators=120] [--set spike.robustZ=6 ...]
// Each workspace: `creators` creators, 3 planted per fraud kind, the rest clean
// (with hard cases), 35 days of history and a judged month of 30 days.
import { DEFAULT_THRESHOLDS, thresholdsSchema } from "@/lib/fraud/thresholds";
import { generateScenario, PLANTED_KINDS } from "./fraud-scenario";
import { judgeScenario, score, type KindScore } from "./fraud-judge";

const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--set");
const workspaces = Number(positional[0] ?? 20);
const creators = Number(positional[1] ?? 120);
const overrides = args.flatMap((a, i) => (args[i - 1] === "--set" ? [a] : []));
const tuned = structuredClone(DEFAULT_THRESHOLDS) as unknown as Record<string, Record<string, unknown>>;
for (const o of overrides) {
  const [path, value] = o.split("=");
  const [group, key] = path.split(".");
  tuned[group][key] = value;
}
const thresholds = thresholdsSchema.parse(tuned);

const totals = Object.fromEntries(PLANTED_KINDS.map((k) => [k, { flags: 0, truePositives: 0, planted: 0, caught: 0 }])) as Record<string, KindScore>;
const cleanByKind: Record<string, number> = {};
let clean = 0;
let cleanFlags = 0;
const started = Date.now();
for (let w = 0; w < workspaces; w++) {
  const s = generateScenario({ seed: `bench-${w}`, creators, perKind: 3, monthStart: "2026-09-01", days: 30 });
  const sc = score(s, judgeScenario(s, thresholds));
  for (const k of PLANTED_KINDS) for (const f of ["flags", "truePositives", "planted", "caught"] as const) totals[k][f] += sc.perKind[k][f];
  for (const [k, n] of Object.entries(sc.cleanFlagsByKind)) cleanByKind[k] = (cleanByKind[k] ?? 0) + (n ?? 0);
  clean += sc.cleanCreators;
  cleanFlags += sc.cleanFlags;
}
const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : "–");
console.log(`${workspaces} workspaces × ${creators} creators, ${clean} clean creator-months, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(overrides.length ? `overrides: ${overrides.join(" ")}` : "default thresholds");
console.log("| signal | planted | caught | flags | true | precision | recall | false flags / 100 clean creators / month |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const k of PLANTED_KINDS) {
  const t = totals[k];
  console.log(`| ${k} | ${t.planted} | ${t.caught} | ${t.flags} | ${t.truePositives} | ${fmt(t.truePositives / t.flags)} | ${fmt(t.caught / t.planted)} | ${((100 * (cleanByKind[k] ?? 0)) / clean).toFixed(2)} |`);
}
console.log(`| all | | | | | | | ${((100 * cleanFlags) / clean).toFixed(2)} |`);
