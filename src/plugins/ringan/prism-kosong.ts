/** Stand-in for `prism-react-renderer` in the browser bundle: nothing is highlighted. */
export const Prism = { languages: {} as Record<string, unknown> };
export const themes = {};
