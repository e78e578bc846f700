import '@mantine/core/styles.css';
import { Badge, MantineProvider, Modal, createTheme, defaultVariantColorsResolver, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { SessionProvider } from './session/session';

/**
 * Text on tinted backgrounds (light and outline badges, subtle buttons) in the palette's
 * darkest shade: Mantine's default shade 6 reads at about 3:1 on them, under WCAG AA's 4.5:1.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const palette = input.theme.colors[input.color ?? input.theme.primaryColor];
  if (palette && (input.variant === 'light' || input.variant === 'outline' || input.variant === 'subtle')) {
    return { ...colors, color: palette[9], ...(input.variant === 'outline' ? { border: palette[9] } : {}) };
  }
  return colors;
};

// Dimmed text in gray 7 (8:1 on white) rather than gray 6 (3.3:1).
const cssVariablesResolver: CSSVariablesResolver = (theme) => ({ variables: {}, light: { '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057' }, dark: {} });

const theme = createTheme({
  primaryColor: 'indigo',
  // Links and filled buttons in indigo 8: 5:1 against white, where indigo 6 is 4:1.
  primaryShade: 8,
  defaultRadius: 'sm',
  variantColorResolver,
  components: {
    // A status is one short word: it is never cut to "ACTI…" by a narrow column.
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } }),
    // The dialogs' × button has no text of its own.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html has no #root');
}
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <SessionProvider>
        <App />
      </SessionProvider>
    </MantineProvider>
  </StrictMode>,
);
