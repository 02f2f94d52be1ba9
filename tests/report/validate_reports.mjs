// `folio check --format json` against its documented schema (docs/schemas/, JSON Schema 2020-12)
// and `--format sarif` against the SARIF 2.1.0 schema (OASIS; the copy in npm
// @microsoft/jest-sarif), both with ajv; and the two agree: one SARIF result per diagnostic, at
// the same file, line and column, with the same rule and level.
//
// usage: node validate_reports.mjs FOLIO SOURCE_DIR WORK_DIR
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const [folio, source, work] = process.argv.slice(2).map((p) => path.resolve(p));
const modules = path.resolve(source, "node_modules");
const Ajv2020 = require(path.join(modules, "ajv/dist/2020.js")).default;
const AjvDraft04 = require(path.join(modules, "ajv-draft-04")).default;
const addFormats = require(path.join(modules, "ajv-formats")).default;
const reportSchema = JSON.parse(readFileSync(path.join(source, "docs/schemas/folio-check-report-1.schema.json"), "utf8"));
const sarifSchema = JSON.parse(
  readFileSync(path.join(modules, "@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(reportSchema);
// The SARIF schema's patterns are ECMAScript without the u flag (one has a lone "]").
const sarifAjv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(sarifSchema);

// A document with a finding of every kind, and one with content errors.
mkdirSync(path.join(work, "findings"), { recursive: true });
copyFileSync(path.join(source, "content/immunotherapy/images/immune-response.png"), path.join(work, "findings", "nurse.png"));
writeFileSync(path.join(work, "findings", "en.xml"), `<document version="1">
  <meta>
    <title>Findings</title>
    <language>en</language>
    <identifier>urn:folio:findings</identifier>
    <last-reviewed>2026-10-01</last-reviewed>
    <translation status="original"/>
  </meta>
  <body>
    <p>This sentence goes on and on with many short words so that it runs well past the limit of twenty five words that the report sets for a sentence.</p>
    <p>Please DO NOT STOP taking your pills. Ask about chemotherapy. <a href="https://example.org/">click here</a></p>
    <figure id="nurse"><image src="nurse.png" alt="Picture of a nurse"/></figure>
    <table id="doses"><caption>Doses</caption><tbody><tr><td>1</td><td>2</td></tr></tbody></table>
  </body>
</document>
`);

function run(args) {
  try {
    return { out: execFileSync(folio, args, { cwd: source, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }), code: 0 };
  } catch (error) {
    return { out: error.stdout, code: error.status };
  }
}

const failures = [];
const cases = [
  ["the sample handout", ["content/immunotherapy"]],
  ["a document with findings and errors", [path.join(work, "findings", "en.xml")]],
  ["a path that does not exist", ["no/such/folder"]],
  ["bad input with many problems", ["tests/bad-input/many-problems"]],
];
let results = 0;
for (const [name, paths] of cases) {
  const json = run(["check", "--report", "--format", "json", ...paths]);
  const sarif = run(["check", "--report", "--format", "sarif", ...paths]);
  let report, log;
  try {
    report = JSON.parse(json.out);
    log = JSON.parse(sarif.out);
  } catch (error) {
    failures.push(`${name}: not JSON: ${error.message}`);
    continue;
  }
  if (!validateReport(report)) failures.push(`${name}: JSON report: ${JSON.stringify(validateReport.errors)}`);
  if (!validateSarif(log)) failures.push(`${name}: SARIF: ${JSON.stringify(validateSarif.errors)}`);
  if (report.exit_code !== json.code) failures.push(`${name}: exit_code ${report.exit_code} but folio exited ${json.code}`);
  const sarifResults = log.runs?.[0]?.results ?? [];
  if (sarifResults.length !== report.diagnostics.length)
    failures.push(`${name}: ${sarifResults.length} SARIF results for ${report.diagnostics.length} diagnostics`);
  report.diagnostics.forEach((d, i) => {
    const r = sarifResults[i];
    if (!r) return;
    const where = r.locations?.[0]?.physicalLocation;
    const same = r.ruleId === (d.code || "folio") && r.level === d.severity && (where?.artifactLocation?.uri ?? "") === d.file &&
      (where?.region?.startLine ?? 0) === d.line && (where?.region?.startColumn ?? 0) === d.column;
    if (!same) failures.push(`${name}: SARIF result ${i} ${JSON.stringify(r)} is not diagnostic ${JSON.stringify(d)}`);
  });
  results += sarifResults.length;
}

// The document with findings has one of each kind the report checks.
const findings = JSON.parse(run(["check", "--report", "--format", "json", path.join(work, "findings", "en.xml")]).out);
for (const code of ["long-sentence", "capitals", "unexplained-word", "vague-link-text", "alt-text-says-image",
  "table-without-headers", "no-action-content"]) {
  if (!findings.diagnostics.some((d) => d.code === code)) failures.push(`the findings document has no '${code}'`);
}

for (const f of failures) console.log("FAIL:", f);
console.log(`${cases.length} cases, ${results} SARIF results, ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);
