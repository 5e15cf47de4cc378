/** Local mode's chosen person, per browser tab (sessionStorage), so two tabs can be two people. */
const KEY = "kinerja.devUser";
export const DEV_USER_HEADER = "X-Dev-User";

export const readLocalUser = (): string | undefined => sessionStorage.getItem(KEY) ?? undefined;
export const saveLocalUser = (id: string) => sessionStorage.setItem(KEY, id);
export const clearLocalUser = () => sessionStorage.removeItem(KEY);
