import { api } from "@/lib/api/handler";
import { exportAll } from "@/lib/backup/data";

// GET /api/v1/export: the whole database as a backup document (admins only), as a download.
// Restore it with `npm run db:restore -- <file>` (the `{ "data": ... }` envelope is accepted).

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer }) => {
  const document = await exportAll(viewer);
  return Response.json(
    { data: document },
    {
      headers: {
        "cache-control": "no-store",
        "content-disposition": `attachment; filename="mutabaa-backup-${document.exportedAt.slice(0, 10)}.json"`,
      },
    },
  );
});
