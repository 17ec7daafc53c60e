/** English messages for the packages feature. */
export const packages = {} as const;
