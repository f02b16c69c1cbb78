import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";

// Text measured with the fonts the report is set in (the TTFs shipped in npm packages, the same
// files the PDF embeds), shaped by fontkit, so the deck and the Word tables are laid out from real
// advance widths, Arabic joining included, instead of a guess per character (decision 023).

const runtimeRequire = createRequire(path.join(process.cwd(), "package.json"));

export type FontFamily = "Amiri" | "Noto Serif";

const FILES: Record<FontFamily, { regular: string; bold: string }> = {
  Amiri: {
    regular: "@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf",
    bold: "@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf",
  },
  "Noto Serif": {
    regular: "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf",
    bold: "@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf",
  },
};

/** The directories holding the bundled fonts, for a renderer that must find them by name (LibreOffice). */
export function fontDirectories(): string[] {
  return Object.values(FILES).flatMap((f) => [
    path.dirname(runtimeRequire.resolve(f.regular)),
    path.dirname(runtimeRequire.resolve(f.bold)),
  ]);
}

const cache = new Map<string, fontkit.Font>();

function font(family: FontFamily, bold: boolean): fontkit.Font {
  const key = `${family}:${bold ? "b" : "r"}`;
  let f = cache.get(key);
  if (!f) {
    const file = runtimeRequire.resolve(bold ? FILES[family].bold : FILES[family].regular);
    f = fontkit.create(readFileSync(file)) as fontkit.Font;
    cache.set(key, f);
  }
  return f;
}

export interface TextStyle {
  family: FontFamily;
  /** Points. */
  size: number;
  bold?: boolean;
}

/** Advance width of `text` in points, shaped as a single run. */
export function textWidth(text: string, style: TextStyle): number {
  if (text === "") return 0;
  const f = font(style.family, style.bold ?? false);
  return (f.layout(text).advanceWidth / f.unitsPerEm) * style.size;
}

/** Height of one line at single spacing, in points: the font's ascent plus descent plus gap. */
export function lineHeight(style: TextStyle): number {
  const f = font(style.family, style.bold ?? false);
  return ((f.ascent - f.descent + f.lineGap) / f.unitsPerEm) * style.size;
}

/**
 * The lines `text` breaks into at `width` points, breaking at spaces as a text frame does (a
 * word longer than the line gets a line of its own; explicit newlines are kept).
 */
export function wrap(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  const space = textWidth(" ", style);
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const w = textWidth(word, style);
      if (line && lineWidth + space + w > width) {
        lines.push(line);
        line = word;
        lineWidth = w;
      } else {
        lineWidth += (line ? space : 0) + w;
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Width of the longest word: a column narrower than that would break a word. */
export function longestWord(text: string, style: TextStyle): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, style)));
}
