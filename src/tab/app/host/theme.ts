import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Theme names Teams reports in its context, its theme-change event and the {theme} placeholder of contentUrl. */
export const TEAMS_THEMES = { light: "default", dark: "dark", highContrast: "contrast" } as const;

/** The Fluent theme for a Teams theme name; anything unknown (or missing) gets the light theme. */
export function fluentThemeFor(teamsTheme: string | undefined): Theme {
  switch (teamsTheme) {
    case TEAMS_THEMES.dark:
      return webDarkTheme;
    case TEAMS_THEMES.highContrast:
      return teamsHighContrastTheme;
    default:
      return webLightTheme;
  }
}
