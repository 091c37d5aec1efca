// Builds a valid dataset with an XSS payload in every text field, one project per payload, from the
// minimal fixture. Links stay http(s) (the validator refuses anything else) but carry the payload
// percent-encoded. Written by the e2e server to target/xss.json.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
export const payloads = JSON.parse(readFileSync(resolve(root, "tests/fixtures/xss-payloads.json"), "utf8"));

const text = (p) => ({ nl: p, en: p, de: p });
const url = (p) => `https://example.org/?q=${encodeURIComponent(p)}`;

export function xssDataset() {
  const base = JSON.parse(readFileSync(resolve(root, "tests/fixtures/minimal.json"), "utf8"));
  const first = payloads[0];
  base.report.title = text(first);
  base.report.summary = text(payloads[1]);
  base.sources = payloads.map((p, i) => ({ id: `s-${i}`, title: p, url: url(p) })).concat(base.sources);
  base.municipalities[0].name = payloads[2];
  base.organisations = payloads.map((p, i) => ({ id: `o-${i}`, name: p })).concat(base.organisations);
  base.programmes[0].name = payloads[3];
  base.programmes[0].short_name = payloads[4];
  base.programmes[0].description = text(payloads[5]);
  base.programmes[0].budgets[0].note = text(payloads[6]);
  base.action_lines[0].name = text(payloads[7]);
  base.action_lines[0].summary = text(payloads[8]);
  base.action_lines[0].focus_points = [text(payloads[9])];
  base.projects = payloads.map((p, i) => ({
    id: `p-${i}`,
    name: p,
    aliases: [p],
    kind: "project",
    programmes: ["rdt"],
    action_lines: ["arbeidsmarkt-talent"],
    status: "implementation",
    status_source: `s-${i}`,
    description: text(p),
    participants: [{ organisation: `o-${i}`, role: "lead", source: `s-${i}` }],
    municipalities: ["enschede"],
    location: text(p),
    cross_border: i % 2 === 0,
    dates: { actual_start: { date: `20${18 + (i % 5)}-0${1 + (i % 9)}`, source: `s-${i}` } },
    funding: [{ funder: "rdt", eur: 1000 * (i + 1), source: `s-${i}`, note: text(p) }],
    results: [{ label: text(p), kind: "actual", value: i, unit: "count", source: `s-${i}`, period: p.slice(0, 50) }],
    links: [{ url: url(p), title: text(p) }],
    sources: [`s-${i}`],
    quality_notes: [text(p)],
  }));
  base.key_figures = [{ id: "k-1", label: text(payloads[10]), value: 3, unit: "count", source: "s-10", period: payloads[11] }];
  base.indicators = [{ id: "i-1", theme: text(payloads[12]), label: text(payloads[13]), value: 1, unit: "percent", period: text(payloads[14]), comparison: text(payloads[15]), quality_note: text(payloads[16]), source: "s-12" }];
  base.basisinfrastructuur = [{ id: "b-1", name: payloads[17], description: text(payloads[18]), activities: [text(payloads[19])], source: "s-17" }];
  base.finance_series = [{ id: "f-1", programme: "rdt", title: text(payloads[20]), unit: "eur", values_in_source: false, note: text(payloads[21]), source: "s-20" }];
  return base;
}
