import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { Anchor, Badge, MantineProvider, Modal, Notification, darken, createTheme, defaultVariantColorsResolver, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { dismissToastsOnEscape } from './components/toasts';
import { SessionProvider } from './session/session';

/**
 * Text on tinted backgrounds (light and outline badges, subtle buttons) a fifth darker than
 * the palette's darkest shade (green 9 reads at 4.1:1 on its own tint): Mantine's default shade 6 reads at about 3:1 on them, under WCAG AA's 4.5:1.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const palette = input.theme.colors[input.color ?? input.theme.primaryColor];
  if (palette && (input.variant === 'light' || input.variant === 'outline' || input.variant === 'subtle')) {
    return { ...colors, color: darken(palette[9] ?? '#000', 0.2), ...(input.variant === 'light' ? { background: palette[0], hover: palette[1] } : {}), ...(input.variant === 'outline' ? { border: palette[9] } : {}) };
  }
  return colors;
};

// Dimmed text in gray 7 (8:1 on white) rather than gray 6 (3.3:1).
// The light variant's text (badges, the current page in the navigation) as above, on the palette's lightest tint.
const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057',
    '--mantine-color-error': theme.colors.red[9] ?? '#c92a2a',
    '--mantine-color-placeholder': theme.colors.gray[7] ?? '#495057',
    ...Object.fromEntries(
      Object.entries(theme.colors).flatMap(([name, palette]) => [
        [`--mantine-color-${name}-light-color`, darken(palette[9] ?? '#000', 0.2)],
        // The tint under it in the lightest shade: the default tint reads at 3.8:1 under green 9.
        [`--mantine-color-${name}-light`, palette[0] ?? ''],
        [`--mantine-color-${name}-light-hover`, palette[1] ?? ''],
      ]),
    ),
  },
  dark: {},
});

const theme = createTheme({
  primaryColor: 'indigo',
  // Links and filled buttons in indigo 8: 5:1 against white, where indigo 6 is 4:1.
  primaryShade: 8,
  defaultRadius: 'sm',
  // Filled buttons and badges take dark text where white would read under 4.5:1 (green 8, yellow...).
  autoContrast: true,
  luminanceThreshold: 0.2,
  variantColorResolver,
  components: {
    // A status is one short word: it is never cut to "ACTI…" by a narrow column.
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } }),
    // A link inside text is told apart by more than its colour (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // A toast's message in the text colour: Mantine's gray 6 reads at 3.3:1 on white.
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-text)' } } }),
    // The dialogs' × button has no text of its own.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html has no #root');
}
dismissToastsOnEscape(document);
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* Bottom right: the header and the page's actions stay visible; at most 4 at once, the rest queued. */}
      <Notifications position="bottom-right" limit={4} />
      <SessionProvider>
        <App />
      </SessionProvider>
    </MantineProvider>
  </StrictMode>,
);
