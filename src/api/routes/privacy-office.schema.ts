/** Request schemas of the privacy office's routes: incident follow-up, complaints, the provision log, audit export, statistics. */
import { z } from 'zod';
import { text } from './schemas.js';

export const incidentUpdateBody = z.object({ kind: z.enum(['development', 'measure']), body: text(4000) });
export const incidentCloseBody = z.object({ evaluation: text(4000) });
