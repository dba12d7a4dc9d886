const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The `say` field's text so far in a structured reply that is still arriving (`{"say":"Sure, we
 * can...`). The schema puts `say` first, so the words can be spoken before the rest of the JSON
 * (the actions) exists. An escape cut off at the end is left for the next chunk.
 */
export function partialSay(json: string): { text: string; complete: boolean } {
  const start = /^\s*\{\s*"say"\s*:\s*"/.exec(json);
  if (!start) return { text: '', complete: false };
  let text = '';
  for (let i = start[0].length; i < json.length; i++) {
    const ch = json[i]!;
    if (ch === '"') return { text, complete: true };
    if (ch !== '\\') {
      text += ch;
      continue;
    }
    const next = json[i + 1];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = json.slice(i + 2, i + 6);
      if (hex.length < 4) break;
      text += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      continue;
    }
    text += escapes[next] ?? next;
    i += 1;
  }
  return { text, complete: false };
}
