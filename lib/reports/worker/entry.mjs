// The render workers' entry (lib/reports/pool.ts), plain JavaScript on purpose: it is loaded by
// Node from the project directory, never by the bundler, and registers tsx (a runtime
// dependency) so the renderers' TypeScript runs as is, in `next start`, in tests and in the bench
// alike (docs/decisions/015-report-jobs.md).
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../../../tsconfig.json", import.meta.url)) });

const { renderTask } = await import("./render-task.ts");

export default renderTask;
