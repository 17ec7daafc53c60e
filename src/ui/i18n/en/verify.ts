/** English messages for verifying a received package. */
export const verify = {} as const;
