/** English messages for importing discs and for the library. */
export const importing = {} as const;
