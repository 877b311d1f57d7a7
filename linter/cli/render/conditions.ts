// The three renderings `--render` looks at: what most recipients see on a desktop client, on a phone, and in dark
// mode. Widths are the email's own: 600 px is the common template width, 375 px a common phone.
export interface RenderCondition {
  id: 'desktop' | 'mobile' | 'dark';
  /** How messages name it: "mobile, 375 px". */
  label: string;
  width: number;
  colorScheme: 'light' | 'dark';
}

export const RENDER_CONDITIONS: readonly RenderCondition[] = [
  { id: 'desktop', label: 'desktop, 600 px', width: 600, colorScheme: 'light' },
  { id: 'mobile', label: 'mobile, 375 px', width: 375, colorScheme: 'light' },
  { id: 'dark', label: 'dark mode, 600 px', width: 600, colorScheme: 'dark' },
];
