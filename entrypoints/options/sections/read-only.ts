import { createContext, useContext } from 'react';

/**
 * True inside the settings of a shared school computer (lab mode): every control shows the value in force and none
 * can change it, because there only the school policy changes settings.
 */
export const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
