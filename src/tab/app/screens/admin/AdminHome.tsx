import type { ScreenProps } from "../../shell/screens";
import { DirectoryStatusPanel } from "./DirectoryStatusPanel";
import { PeriodsPanel } from "./PeriodsPanel";

/** BKPSDM admin: the state of the staff directory and the evaluation periods (loaded only for admins). */
export function AdminHome({ api }: ScreenProps) {
  return (
    <>
      <DirectoryStatusPanel api={api} />
      <PeriodsPanel api={api} />
    </>
  );
}
