/** Screens beyond the core ones, by path pattern. */
import type { ReactNode } from 'react';

export interface ExtraRoute {
  readonly pattern: string;
  readonly render: (params: Record<string, string>) => ReactNode;
}

export const EXTRA_ROUTES: readonly ExtraRoute[] = [];
