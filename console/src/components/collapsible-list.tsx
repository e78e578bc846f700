import { Button, Text } from '@mantine/core';
import { useState } from 'react';

/** Long lists (an 815-package change) show their first items; the rest one click away. */
const ITEMS_SHOWN = 8;

export function CollapsibleList({ items, sign = '', color }: { items: string[]; sign?: string; color?: string }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, ITEMS_SHOWN);
  return (
    <>
      {shown.map((item) => (
        <Text key={`${sign}${item}`} size="sm" c={color}>
          {sign ? `${sign} ${item}` : item}
        </Text>
      ))}
      {items.length > ITEMS_SHOWN ? (
        <Button variant="subtle" size="compact-xs" onClick={() => setExpanded((value) => !value)}>
          {expanded ? 'Show fewer' : `and ${items.length - ITEMS_SHOWN} more`}
        </Button>
      ) : null}
    </>
  );
}
