// Markdown (as our md writer and most editors write it) read as the text the parser reads.
/**
 * Markdown as our writer and most editors produce it, reduced to the plain text the
 * parser reads: heading hashes, bold markers, quote marks and backslash escapes go.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/^\s{0,3}>\s?/, "")
        .replace(/\*\*|__/g, "")
        .replace(/\\([\\`*_[\]<>&~#!.()+=-])/g, "$1"),
    )
    .join("\n");
}
