/** What a browser without a valid token sees: how to get one, never data. */
export function dashboardLoginPage(problem: string | null): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pickup</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;color:#1f2937}code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.25rem}</style>
</head><body>
<h1>Pickup</h1>
${problem ? `<p><strong>${problem}</strong></p>` : ''}
<p>Open the dashboard with the link that <code>npm run serve</code> printed when it started
(it ends in <code>?token=…</code>), or open the Pickup desktop app.</p>
</body></html>`;
}
