import type { ActivityStatus } from "@/lib/db/generated/enums";
import { ACTIVITY_STATUSES } from "@/lib/enums";
import type { ProgressFigures, StageCounts, StatusCounts } from "./dto";

// The weighting rule of the dashboard, the progress API and "what changed", in one place
// (docs/decisions/010-dashboard-figures.md): a plan's or a pillar's progress is the average of
// its activities' progress, where a completed activity counts 100 whatever its recorded
// percentage and a cancelled one is left out (it will never be done, and should not pull the
// average down or up). Postponed and not-started activities count with their recorded value.

/** One SQL group: the activities of one status (in one pillar) and the sum of their recorded progress. */
export interface StatusGroup {
  status: ActivityStatus;
  count: number;
  progressSum: number;
}

export function emptyStatusCounts(): StatusCounts {
  return { not_started: 0, in_progress: 0, completed: 0, postponed: 0, cancelled: 0 };
}

export function emptyStageCounts(): StageCounts {
  return { none: 0, drafted: 0, adopted: 0, issued: 0, translated: 0, submitted: 0, circulated: 0, published: 0 };
}

/** What a group adds to the weighted average: its weight (activities counted) and their points. */
function contribution(group: StatusGroup): { weight: number; points: number } {
  switch (group.status) {
    case "cancelled":
      return { weight: 0, points: 0 };
    case "completed":
      return { weight: group.count, points: 100 * group.count };
    default:
      return { weight: group.count, points: group.progressSum };
  }
}

/** Counts per status and weighted progress of a set of status groups (a pillar's, or a whole plan's). */
export function figuresOf(groups: Iterable<StatusGroup>): ProgressFigures {
  const count = emptyStatusCounts();
  let weight = 0;
  let points = 0;
  for (const group of groups) {
    count[group.status] += group.count;
    const c = contribution(group);
    weight += c.weight;
    points += c.points;
  }
  const total = ACTIVITY_STATUSES.reduce((n, s) => n + count[s], 0);
  return { count, total, progress: weight === 0 ? null : Math.round(points / weight) };
}

/** The weighted progress of single activities (what a list of activities would show). */
export function weightedProgress(activities: { status: ActivityStatus; progress: number }[]): number | null {
  return figuresOf(activities.map((a) => ({ status: a.status, count: 1, progressSum: a.progress }))).progress;
}
