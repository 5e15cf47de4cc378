import type { EvalApi } from "../../../api/eval-client";
import type { ApiError } from "../../../api/types";

/** Fetches a workbook with the identity headers and hands it to the browser as a download. */
export async function downloadXlsx(evals: EvalApi, path: string, fileName: string): Promise<ApiError | undefined> {
  const result = await evals.xlsx(path);
  if (!result.ok) return result.error;
  const url = URL.createObjectURL(result.data);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return undefined;
}
