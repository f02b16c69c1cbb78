import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as Typst from "@myriaddreamin/typst-ts-node-compiler";
import type { ReportDoc } from "./model";

// PDF through Typst (docs/decisions/009-report-rendering.md): the template is fixed markup and
// the report arrives as one JSON string in `sys.inputs`, so nothing a user typed is ever parsed
// as Typst. Fonts are the TTFs shipped in npm packages (Amiri for Arabic, Noto Serif for
// Latin), loaded as blobs so the output is the same on every machine and embedded.
// Arabic is set in Amiri, a Naskh face, not Noto Naskh Arabic: Noto Naskh places its dots as
// GPOS marks, which Typst writes as separate, vertically offset text runs, so copying,
// searching and pdftotext yield broken words; Amiri's glyphs carry their dots and extract intact.

// Resolved at run time from the project root, not by the bundler: the compiler is a native
// addon and the fonts are data files, neither of which belongs in a server bundle.
const runtimeRequire = createRequire(path.join(process.cwd(), "package.json"));

function fontFiles(): Buffer[] {
  const files = [
    "@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf",
    "@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf",
    "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf",
    "@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf",
  ];
  return files.map((file) => readFileSync(runtimeRequire.resolve(file)));
}

const TEMPLATE_PATH = path.join(process.cwd(), "lib/reports/templates/report.typ");

let compiler: Typst.NodeCompiler | null = null;
let template: string | null = null;

/** One compiler per process: creating it parses the fonts (~100 ms); later compiles take milliseconds. */
function getCompiler(): Typst.NodeCompiler {
  if (compiler) return compiler;
  const typst = runtimeRequire("@myriaddreamin/typst-ts-node-compiler") as typeof Typst;
  compiler = typst.NodeCompiler.create({ fontArgs: [{ fontBlobs: fontFiles() }] });
  return compiler;
}

export function renderPdf(docs: ReportDoc[], onWriting?: () => void): Buffer {
  template ??= readFileSync(TEMPLATE_PATH, "utf8");
  const typst = getCompiler();
  try {
    // Layout and PDF export are separate calls so a job can report which of the two it is in.
    const compiled = typst.compile({ mainFileContent: template, inputs: { data: JSON.stringify(docs) } });
    const document = compiled.result;
    if (!document)
      throw new Error(
        `Typst could not lay out the report: ${JSON.stringify(compiled.takeDiagnostics()?.shortDiagnostics ?? [])}`,
      );
    onWriting?.();
    return typst.pdf(document);
  } finally {
    // Keep memoised layout from growing across requests with different data.
    typst.evictCache(10);
  }
}
