import { z } from 'zod';
import { Urgency } from '../../shared/models';

/** What the receptionist learned about the caller this turn; absent fields are unchanged. */
export const CollectedLead = z.object({
  name: z.string().optional(),
  address: z.string().optional(),
  project: z.string().optional(),
  urgency: Urgency.optional(),
});
export type CollectedLead = z.infer<typeof CollectedLead>;
