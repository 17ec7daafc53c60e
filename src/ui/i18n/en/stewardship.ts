/** English messages for the stewardship feature. */
export const stewardship = {} as const;
