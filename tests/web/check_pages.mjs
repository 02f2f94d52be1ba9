// Opens HTML pages in Debian's Chromium (puppeteer-core) as readers do, and reports for each page
// and width what a reader would meet (JSON on stdout; tests/web/check_web.py judges it):
// - axe-core's WCAG 2.0/2.1/2.2 A and AA rules (light, and dark colours for the contrast rules);
// - reflow (WCAG 1.4.10): at 320 CSS pixels the page's scrollWidth, and every element whose box
//   goes past the viewport outside a table's own scroll region;
// - text spacing (WCAG 1.4.12): the same with the spacing the criterion sets, and whether any
//   element then clips its text; and text at 200% (WCAG 1.4.4), the same two checks;
// - a screenshot per width, to look at.
//
// usage: node check_pages.mjs SCREENSHOT_DIR NAME=FILE...
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [shots, ...pages] = process.argv.slice(2);
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

// What goes past the right edge of the viewport, outside a table's scroll region.
function overflow() {
  const width = document.documentElement.clientWidth;
  const offenders = [];
  for (const element of document.body.querySelectorAll("*")) {
    if (element.closest(".table-scroll") && !element.classList.contains("table-scroll")) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.right > width + 1 || box.left < -1) {
      const style = getComputedStyle(element);
      if (style.position === "absolute" && box.bottom < 0) continue;  // the skip link, out of sight
      offenders.push(`${element.tagName.toLowerCase()}${element.id ? "#" + element.id : ""} (${Math.round(box.left)}..${Math.round(box.right)})`);
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, width, offenders: offenders.slice(0, 5) };
}

// Elements whose text is cut off: content taller or wider than a box that hides its overflow.
function clipped() {
  const out = [];
  for (const element of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(element);
    const hides = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY);
    if (!hides || style.position === "absolute") continue;  // visually hidden on purpose
    if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)
      out.push(element.tagName.toLowerCase() + (element.id ? "#" + element.id : ""));
  }
  return out.slice(0, 5);
}

async function axe(page, rules) {
  await page.evaluate(axeSource);
  return page.evaluate(async (options) => {
    const result = await window.axe.run(document, options);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  }, rules ? { runOnly: { type: "rule", values: rules } } : { runOnly: { type: "tag", values: WCAG } });
}

const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
  headless: true,
});
const results = [];
try {
  const page = await browser.newPage();
  for (const entry of pages) {
    const [name, file] = entry.split(/=(.*)/s);
    const url = "file://" + path.resolve(file);
    const result = { name, file, widths: {} };
    for (const width of [320, 1280]) {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
      await page.setViewport({ width, height: 800 });
      await page.goto(url, { waitUntil: "load" });
      const at = { violations: await axe(page), reflow: await page.evaluate(overflow) };
      await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      at.dark = await axe(page, ["color-contrast", "link-in-text-block"]);
      if (width === 320) await page.screenshot({ path: path.join(shots, `${name}-${width}-dark.png`), fullPage: true });
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
      await page.addStyleTag({ content: SPACING });
      at.spacing = { reflow: await page.evaluate(overflow), clipped: await page.evaluate(clipped) };
      await page.reload({ waitUntil: "load" });
      await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      at.large_text = { reflow: await page.evaluate(overflow), clipped: await page.evaluate(clipped) };
      result.widths[width] = at;
    }
    results.push(result);
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results, null, 1));
