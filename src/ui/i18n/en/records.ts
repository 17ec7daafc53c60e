/** English messages for the records feature. */
export const records = {} as const;
