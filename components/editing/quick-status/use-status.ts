"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useEffect } from "react";
import { fetchActivityStatus, type StatusSnapshot } from "../activity-status-api";

export const statusKey = (activityId: string) => ["activity-status", activityId] as const;

/** The activity's status as the page knows it, kept in step with the server's rendering. */
export function useStatus(activityId: string, initial: StatusSnapshot): StatusSnapshot {
  const locale = useLocale();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: statusKey(activityId),
    queryFn: () => fetchActivityStatus(activityId, locale),
    initialData: initial,
  });
  // After router.refresh() the server renders newer values: adopt them.
  useEffect(() => {
    const cached = client.getQueryData<StatusSnapshot>(statusKey(activityId));
    if (!cached || initial.version > cached.version) client.setQueryData(statusKey(activityId), initial);
  }, [client, activityId, initial]);
  return query.data;
}
