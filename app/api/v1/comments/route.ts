import { api } from "@/lib/api/handler";
import { created, ok } from "@/lib/api/respond";
import { listComments } from "@/lib/comments/data";
import { createComment } from "@/lib/comments/mutations";
import { CommentListQuery } from "@/lib/comments/schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api(async ({ viewer, query }) => ok(await listComments(viewer, query(CommentListQuery))));

export const POST = api(async ({ viewer, body }) => created(await createComment(viewer, await body())));
