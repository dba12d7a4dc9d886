// Renders Pickup's icons from the SVG below into the PNGs beside this file, with Debian's
// Chromium (or CHROMIUM_PATH). Run it again only to change the artwork:
//   node resources/generate-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

// Lucide's "phone" and "phone-call" (ISC licence), filled rather than stroked so that they stay
// legible at 16 px.
const handset =
  'M13.832 16.568a1 1 0 0 0 1.213-.303l.355-.465A2 2 0 0 1 17 15h3a2 2 0 0 1 2 2v3a2 2 0 0 1-2 2A18 18 0 0 1 2 4a2 2 0 0 1 2-2h3a2 2 0 0 1 2 2v3a2 2 0 0 1-.8 1.6l-.468.351a1 1 0 0 0-.292 1.233 14 14 0 0 0 6.392 6.384z';
const waves = 'M13 2a9 9 0 0 1 9 9 M13 6a5 5 0 0 1 5 5';

const glyph = {
  handset: `<path d="${handset}" fill="#fff"/>`,
  ringing: `<path d="${handset}" fill="#fff"/><path d="${waves}" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>`,
  warning: `<path d="M12 4.5v9" stroke="#fff" stroke-width="3.6" stroke-linecap="round"/><circle cx="12" cy="19" r="2.1" fill="#fff"/>`,
};

/**
 * Tray states: the colour says the state at a glance, and the shape says it again for anyone who
 * cannot tell the colours apart (plain handset, ringing handset, exclamation mark).
 */
const trayStates = {
  idle: { color: '#64748b', glyph: glyph.handset },
  'on-duty': { color: '#16a34a', glyph: glyph.handset },
  'live-call': { color: '#dc2626', glyph: glyph.ringing },
  problem: { color: '#d97706', glyph: glyph.warning },
};

const traySvg = ({ color, glyph: inner }) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <circle cx="16" cy="16" r="15.5" fill="${color}"/>
  <g transform="translate(6.5 6.5) scale(0.79)">${inner}</g>
</svg>`;

const appSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3b82f6"/>
      <stop offset="1" stop-color="#1d4ed8"/>
    </linearGradient>
  </defs>
  <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#bg)"/>
  <g transform="translate(232 232) scale(23.3)">${glyph.ringing}</g>
</svg>`;

async function render(page, svg, size, path) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  writeFileSync(path, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  mkdirSync(join(here, 'tray'), { recursive: true });
  for (const [name, state] of Object.entries(trayStates)) {
    await render(page, traySvg(state), 16, join(here, 'tray', `${name}.png`));
    await render(page, traySvg(state), 32, join(here, 'tray', `${name}@2x.png`));
  }
  await render(page, appSvg, 1024, join(here, 'icon.png'));
  await render(page, appSvg, 256, join(here, 'icon-256.png'));
} finally {
  await browser.close();
}
