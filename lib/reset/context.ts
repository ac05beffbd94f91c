export interface ResetContext {
  /** The moment the message was seen; relative times count from here. */
  now: Date;
  /**
   * IANA zone for clock times ("after 3:45 PM" is local to the user's browser when seen).
   * Undefined (or a name the runtime does not know) means the runtime's local zone.
   */
  timeZone?: string;
}
