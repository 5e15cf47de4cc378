/**
 * What the page URL says about how it was opened. Teams fills the {locale} and {theme} placeholders of the
 * manifest's contentUrl, so these are Teams' own values before app.initialize() answers (and the only ones in a
 * plain browser); `view` comes from the configurable tab's contentUrl.
 */
export interface LaunchParams {
  locale?: string;
  theme?: string;
  view?: string;
}

export function readLaunchParams(search: string): LaunchParams {
  const query = new URLSearchParams(search);
  const value = (name: string) => {
    const v = query.get(name)?.trim();
    // An unfilled placeholder such as "{theme}" means Teams did not substitute it.
    return v && !v.startsWith("{") ? v : undefined;
  };
  return { locale: value("locale"), theme: value("theme"), view: value("view") };
}
