/**
 * A knowledge-base entry made fit to be read aloud: headings and markdown removed, whitespace
 * collapsed and cut to the first `maxSentences` sentences, so the caller hears an answer, not a document.
 */
export function toSpokenAnswer(content: string, maxSentences = 2): string {
  const plain = content
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s.*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/gm, '')
    .replace(/[ \t]*\|[ \t]*/g, ', ')
    .replace(/(\*\*|__|\*|_|`|~~)(\S(?:[\s\S]*?\S)?)\1/g, '$2')
    .replace(/[*`#]/g, '')
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim().replace(/^,\s*|,\s*$/g, ''))
    .filter(Boolean)
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain
    .split(/(?<=[.!?])\s+(?=["'(]?[A-Z0-9$])/)
    .slice(0, maxSentences)
    .join(' ');
}
