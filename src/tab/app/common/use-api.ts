import { useCallback, useEffect, useState } from "react";
import type { ApiResult } from "../api/client";
import type { ApiError } from "../api/types";

export type Loadable<T> = { status: "loading" } | { status: "ready"; data: T } | { status: "failed"; error: ApiError };

/**
 * Loads once and on reload(). A reload keeps the data on screen until the new answer arrives, so refreshing
 * after a save does not flash a spinner over what the user is looking at.
 */
export function useApi<T>(load: () => Promise<ApiResult<T>>): { state: Loadable<T>; reload(): void } {
  const [state, setState] = useState<Loadable<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      setState(result.ok ? { status: "ready", data: result.data } : { status: "failed", error: result.error });
    });
    return () => {
      current = false;
    };
  }, [load, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
