/** Moved to domain (pure, used by the brain's prompt too); kept here for the tray. */
export { isWithinBusinessHours } from '../domain/businessHours';
